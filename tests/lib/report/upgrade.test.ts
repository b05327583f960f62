import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/http/field-errors';
import { LIMITS } from '@/lib/report/limits';
import { ZSaveRequest } from '@/lib/report/requests';
import { checkedReport, InvalidReportError } from '@/lib/report/read-report';
import { REPORT_SCHEMA_VERSION, ZReport } from '@/lib/report/schema';
import { NEWER_VERSION_MESSAGE, upgradeReport, ZStoredReport } from '@/lib/report/upgrade';
import { v1ToV2 } from '@/lib/report/upgrades/v1-to-v2';
import { v2ToV3 } from '@/lib/report/upgrades/v2-to-v3';
import { v3ToV4 } from '@/lib/report/upgrades/v3-to-v4';
import { documentBlocks } from '@/lib/report/document-blocks';
import { getTemplate } from '@/lib/template/get-template';
import { loadSample } from '../../support/sample';

/** The sample as the code before schemaVersion 2 stored it. */
const v1 = (changes: Record<string, unknown> = {}) => ({ ...loadSample(), schemaVersion: 1, ...changes }) as Record<string, unknown>;
const dismissal = (key: string, n: number) => ({ key, reason: `理由${n}`, at: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString() });

describe('the v1 → v2 upgrade step', () => {
  it('changes nothing the clerk wrote, only the version', () => {
    expect(v1ToV2(v1())).toEqual({ ...loadSample(), schemaVersion: 2 });
  });

  it('keeps the latest dismissal of each key, in the order they were made', () => {
    const upgraded = v1ToV2(v1({ dismissals: [dismissal('a', 1), dismissal('b', 2), dismissal('a', 3)] }));
    expect(upgraded.dismissals).toEqual([dismissal('b', 2), dismissal('a', 3)]);
  });

  it(`keeps the ${LIMITS.dismissals} most recent of ${LIMITS.dismissals + 1} dismissals`, () => {
    const many = Array.from({ length: LIMITS.dismissals + 1 }, (_, n) => dismissal(`k${n}`, n));
    const kept = v1ToV2(v1({ dismissals: many })).dismissals as unknown[];
    expect(kept).toHaveLength(LIMITS.dismissals);
    expect(kept[0]).toEqual(many[1]);
    expect(kept.at(-1)).toEqual(many.at(-1));
  });

  it(`keeps the first ${LIMITS.carriedOver} 待更新 sentences`, () => {
    const sentences = Array.from({ length: LIMITS.carriedOver + 5 }, (_, n) => `全年办理${n}件。`);
    expect(v1ToV2(v1({ carriedOver: sentences })).carriedOver).toEqual(sentences.slice(0, LIMITS.carriedOver));
  });

  it('reads an unknown template id, "constructor" included, as the standard template', () => {
    for (const template of ['constructor', 'county-2019', '__proto__', 42]) expect(v1ToV2(v1({ template })).template).toBe('standard');
    expect(v1ToV2(v1()).template).toBe('standard');
  });

  it('adds no field that was not there', () => {
    const upgraded = v1ToV2(v1());
    expect('dismissals' in upgraded).toBe(false);
    expect('carriedOver' in upgraded).toBe(false);
  });
});

/** The sample as the code before schemaVersion 3 stored it: no structure choice, no submission elements. */
function v2(): Record<string, unknown> {
  const added = ['layout', 'partHeadings', 'seal', 'note', 'masthead', 'mastheadMark', 'docNumber', 'signers', 'colophon', 'copyTo', 'printer', 'printDate', 'figures', 'figuresAnnex'];
  return { ...Object.fromEntries(Object.entries(loadSample()).filter(([key]) => !added.includes(key))), schemaVersion: 2 };
}

describe('the v2 → v3 upgrade step', () => {
  it('keeps every word and the look the report had: its sections as the level-1 headings, no 版头, 版记 or seal', () => {
    const upgraded = ZStoredReport.parse(v2());
    expect(upgraded).toEqual({ ...loadSample(), layout: 'flat', copyTo: '', printer: '', schemaVersion: REPORT_SCHEMA_VERSION });
    const headings = documentBlocks(upgraded, getTemplate()).flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : []));
    expect(headings[0]).toBe('一、加强组织保障，健全法治政府建设推进机制');
    expect(headings.at(-1)).toMatch(/^二十二、其他需要报告的情况$/);
    expect(documentBlocks(upgraded, getTemplate()).some((b) => b.kind === 'mark' || b.kind === 'colophon')).toBe(false);
  });

  it('is a pure step: the report it is given is left as it was', () => {
    const before = v2();
    const copy = structuredClone(before);
    v2ToV3(before);
    expect(before).toEqual(copy);
  });
});

/** The sample as the code before schemaVersion 4 stored it: no 主要数据 table. */
function v3(): Record<string, unknown> {
  return { ...Object.fromEntries(Object.entries(loadSample()).filter(([key]) => key !== 'figures' && key !== 'figuresAnnex')), schemaVersion: 3 };
}

describe('the v3 → v4 upgrade step', () => {
  it('adds an empty 主要数据 table, not printed, and changes nothing the clerk wrote', () => {
    expect(v3ToV4(v3())).toEqual({ ...loadSample(), schemaVersion: 4, figures: {}, figuresAnnex: false });
    expect(ZStoredReport.parse(v3())).toEqual(loadSample());
  });

  it('keeps last year\'s text of a rolled-forward report, the source the page reads last year\'s figures from', () => {
    const reference = { year: 2024, parts: { measures: '全年办理行政复议案件3件。', shortcomings: '', leadership: '', plans: '', other: '无' } };
    expect(ZStoredReport.parse({ ...v3(), reference }).reference).toEqual(reference);
  });

  it('is a pure step: the report it is given is left as it was', () => {
    const before = v3();
    const copy = structuredClone(before);
    v3ToV4(before);
    expect(before).toEqual(copy);
  });
});

describe('the 主要数据 table in the schema', () => {
  const withFigures = (figures: unknown) => ZReport.safeParse({ ...loadSample(), figures });
  it('takes a row per indicator key, with null for a figure not given', () => {
    expect(withFigures({ 'reconsideration-cases': { value: 3, lastYear: null, confirmed: true } }).success).toBe(true);
  });

  it('refuses a negative or unbounded figure, an unknown field, a bad key and too many rows', () => {
    const row = (value: unknown) => ({ value, lastYear: null, confirmed: true });
    expect(withFigures({ a: row(-1) }).success).toBe(false);
    expect(withFigures({ a: row(LIMITS.figureValue + 1) }).success).toBe(false);
    expect(withFigures({ a: row(Number.NaN) }).success).toBe(false);
    expect(withFigures({ a: { ...row(1), note: 'x' } }).success).toBe(false);
    expect(withFigures({ __proto__x: row(1) }).success).toBe(false);
    const many = Object.fromEntries(Array.from({ length: LIMITS.figures + 1 }, (_, n) => [`k${n}`, row(n)]));
    expect(withFigures(many).success).toBe(false);
  });
});

describe('the upgrade chain and the one schema for stored reports', () => {
  it('brings a v1 report breaking every v2 rule to a valid current report', () => {
    const broken = v1({
      template: 'constructor',
      dismissals: [...Array.from({ length: LIMITS.dismissals + 1 }, (_, n) => dismissal(`k${n}`, n)), dismissal('k7', 999)],
    });
    expect(ZReport.safeParse(broken).success).toBe(false);
    const report = ZStoredReport.parse(broken);
    expect(report.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(report.template).toBe('standard');
    expect(report.dismissals).toHaveLength(LIMITS.dismissals);
    expect(report.dismissals?.filter((d) => d.key === 'k7')).toEqual([dismissal('k7', 999)]);
    expect(report.parts).toEqual(loadSample().parts);
  });

  it('leaves a current report as it is', () => {
    expect(upgradeReport(loadSample())).toEqual({ ok: true, value: loadSample() });
    expect(ZStoredReport.parse(loadSample())).toEqual(loadSample());
  });

  it('answers a report from a newer build with one Chinese sentence, not a list of field errors', () => {
    const newer = { ...loadSample(), schemaVersion: REPORT_SCHEMA_VERSION + 1, somethingNew: true };
    expect(upgradeReport(newer)).toEqual({ ok: false, message: NEWER_VERSION_MESSAGE });
    const result = ZSaveRequest.safeParse({ version: 1, report: newer });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual([{ path: 'report', message: NEWER_VERSION_MESSAGE }]);
    expect(NEWER_VERSION_MESSAGE).toMatch(/^这份报告由更新版本的年报保存/);
  });

  it('upgrades what a browser sends from an old stash', () => {
    const parsed = ZSaveRequest.parse({ version: 3, report: v1({ dismissals: [dismissal('a', 1), dismissal('a', 2)] }) });
    expect(parsed.report).toMatchObject({ schemaVersion: REPORT_SCHEMA_VERSION, dismissals: [dismissal('a', 2)] });
  });

  it('refuses what is not a report with the schema\'s own messages', () => {
    expect(ZStoredReport.safeParse('garbage').success).toBe(false);
    expect(ZStoredReport.safeParse({ ...loadSample(), schemaVersion: 0 }).success).toBe(false);
    expect(ZStoredReport.safeParse({ ...loadSample(), schemaVersion: '1' }).success).toBe(false);
  });

  it('refuses an unknown template and a key dismissed twice in a current report', () => {
    expect(ZStoredReport.safeParse({ ...loadSample(), template: 'constructor' }).success).toBe(false);
    const twice = { ...loadSample(), dismissals: [dismissal('a', 1), dismissal('a', 2)] };
    expect(ZStoredReport.safeParse(twice).error?.issues.map((i) => i.message)).toEqual(['同一条提示只能忽略一次']);
  });
});

describe('getTemplate', () => {
  it('never hands out a member of Object.prototype for an id', () => {
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(getTemplate(id).id).toBe('standard');
  });
});

describe('a report validated once', () => {
  it('is not parsed again when written, while a changed copy is', () => {
    const parsed = ZStoredReport.parse(loadSample());
    expect(checkedReport(parsed)).toBe(parsed);
    expect(() => checkedReport({ ...parsed, title: '坏\u0000标题' })).toThrow(InvalidReportError);
  });
});
