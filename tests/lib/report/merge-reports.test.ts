import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeReports, resolveConflicts, type TMergeChoice, type TMergeConflict } from '@/lib/report/merge-reports';
import { createReport } from '@/lib/report/new-report';
import { PART_KEYS, type TPartKey } from '@/lib/report/part-keys';
import { ZReport, type TReport, type TSection } from '@/lib/report/schema';
import { getTemplate } from '@/lib/template/get-template';

const template = getTemplate();

function sec(id: string, heading: string, body = '', children: TSection[] = []): TSection {
  return { id, heading, body, children };
}

function reportWith(parts: Partial<Record<TPartKey, TSection[]>>): TReport {
  const report = createReport({ unit: '青石镇人民政府', unitKind: '镇', year: 2025, recipient: '县人民政府' }, template);
  for (const [key, sections] of Object.entries(parts)) report.parts[key as TPartKey].sections = sections;
  return report;
}

/** A changed copy of a report, the original untouched, as each window's edits are. */
function edited(report: TReport, change: (copy: TReport) => void): TReport {
  const copy = structuredClone(report);
  change(copy);
  return copy;
}

function allSections(report: TReport): Array<{ section: TSection; part: TPartKey; level: number; list: TSection[] }> {
  const out: Array<{ section: TSection; part: TPartKey; level: number; list: TSection[] }> = [];
  const walk = (list: TSection[], part: TPartKey, level: number) => {
    for (const section of list) {
      out.push({ section, part, level, list });
      walk(section.children, part, level + 1);
    }
  };
  for (const part of PART_KEYS) walk(report.parts[part].sections, part, 1);
  return out;
}

function find(report: TReport, id: string): TSection {
  const found = allSections(report).find((s) => s.section.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found.section;
}

const ids = (sections: TSection[]) => sections.map((s) => s.id);
const allIds = (report: TReport) => allSections(report).map((s) => s.section.id);
const depth = (sections: TSection[]): number => sections.reduce((d, s) => Math.max(d, 1 + depth(s.children)), 0);

const base = reportWith({
  measures: [
    sec('a', '一、健全依法决策机制', '全年召开党委会12次。\n审议重大事项5项。', [
      sec('a1', '（一）合法性审查', '审查文件30件。'),
      sec('a2', '（二）公众参与', '听证会2场。'),
    ]),
    sec('b', '二、严格规范执法', '开展执法检查。'),
    sec('c', '三、加强普法', '开展普法活动。'),
  ],
  shortcomings: [sec('d', '（一）不足', '执法人员不足。')],
  plans: [sec('e', '（一）安排', '继续推进。')],
});

describe('mergeReports: sections', () => {
  it('takes edits to different parts from both sides', () => {
    const mine = edited(base, (r) => (find(r, 'a').body = '全年召开党委会14次。'));
    const theirs = edited(base, (r) => (find(r, 'd').body = '执法人员不足，培训不够。'));
    const { report, conflicts } = mergeReports(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(find(report, 'a').body).toBe('全年召开党委会14次。');
    expect(find(report, 'd').body).toBe('执法人员不足，培训不够。');
  });

  it("takes edits to different sections of one part from both sides, and one side's heading with the other's body", () => {
    const mine = edited(base, (r) => {
      find(r, 'b').body = '开展执法检查20次。';
      find(r, 'c').heading = '三、深入开展普法';
    });
    const theirs = edited(base, (r) => {
      find(r, 'c').body = '开展普法活动8场。';
      find(r, 'a2').heading = '（二）扩大公众参与';
    });
    const { report, conflicts } = mergeReports(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(find(report, 'b').body).toBe('开展执法检查20次。');
    expect(find(report, 'c')).toMatchObject({ heading: '三、深入开展普法', body: '开展普法活动8场。' });
    expect(find(report, 'a2').heading).toBe('（二）扩大公众参与');
  });

  it('takes the same edit made on both sides once, without a conflict', () => {
    const change = (r: TReport) => (find(r, 'b').body = '开展执法检查20次。');
    const { report, conflicts } = mergeReports(base, edited(base, change), edited(base, change));
    expect(conflicts).toEqual([]);
    expect(find(report, 'b').body).toBe('开展执法检查20次。');
  });

  it('makes a section both sides edited differently a conflict that names it, holding mine until resolved', () => {
    const mine = edited(base, (r) => (find(r, 'a1').body = '审查文件32件。'));
    const theirs = edited(base, (r) => (find(r, 'a1').body = '审查文件31件，提出意见9条。'));
    const { report, conflicts } = mergeReports(base, mine, theirs);
    expect(conflicts).toEqual([
      {
        kind: 'section',
        key: 'section:a1',
        reason: 'edited',
        part: 'measures',
        sectionId: 'a1',
        headingPath: ['一、健全依法决策机制', '（一）合法性审查'],
        base: find(base, 'a1'),
        mine: find(mine, 'a1'),
        theirs: find(theirs, 'a1'),
        deletedIds: [],
        choices: ['mine', 'theirs', 'both'],
      },
    ]);
    expect(find(report, 'a1').body).toBe('审查文件32件。');
    expect(find(resolveConflicts(report, conflicts, { 'section:a1': 'mine' }), 'a1').body).toBe('审查文件32件。');
    expect(find(resolveConflicts(report, conflicts, { 'section:a1': 'theirs' }), 'a1').body).toBe('审查文件31件，提出意见9条。');
    const both = resolveConflicts(report, conflicts, { 'section:a1': 'both' });
    expect(find(both, 'a1').body).toBe('审查文件32件。\n审查文件31件，提出意见9条。');
    expect(allIds(both)).toEqual(allIds(report));
  });

  it("resolves 'both' for a heading conflict with theirs' heading as a paragraph, and leaves a cleanly merged body alone", () => {
    const mine = edited(base, (r) => (find(r, 'b').heading = '二、严格规范公正文明执法'));
    const theirs = edited(base, (r) => {
      find(r, 'b').heading = '二、规范执法';
      find(r, 'b').body = '开展执法检查20次。';
    });
    const { report, conflicts } = mergeReports(base, mine, theirs);
    expect(find(report, 'b')).toMatchObject({ heading: '二、严格规范公正文明执法', body: '开展执法检查20次。' });
    expect(find(resolveConflicts(report, conflicts, { 'section:b': 'theirs' }), 'b')).toMatchObject({ heading: '二、规范执法', body: '开展执法检查20次。' });
    expect(find(resolveConflicts(report, conflicts, { 'section:b': 'both' }), 'b')).toMatchObject({
      heading: '二、严格规范公正文明执法',
      body: '开展执法检查20次。\n二、规范执法',
    });
  });

  it('deletes a section deleted on one side and untouched on the other', () => {
    const mine = edited(base, (r) => (r.parts.measures.sections = r.parts.measures.sections.filter((s) => s.id !== 'b')));
    const theirs = edited(base, (r) => (find(r, 'c').body = '开展普法活动8场。'));
    const { report, conflicts } = mergeReports(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(ids(report.parts.measures.sections)).toEqual(['a', 'c']);
  });

  it('keeps a section deleted on one side and edited on the other as a conflict; choosing the deletion removes it', () => {
    const mine = edited(base, (r) => (r.parts.measures.sections = r.parts.measures.sections.filter((s) => s.id !== 'b')));
    const theirs = edited(base, (r) => (find(r, 'b').body = '开展执法检查20次。'));
    const { report, conflicts } = mergeReports(base, mine, theirs);
    expect(conflicts).toMatchObject([{ key: 'section:b', reason: 'deleted', mine: null, theirs: find(theirs, 'b'), deletedIds: ['b'], choices: ['mine', 'theirs'] }]);
    expect(find(report, 'b').body).toBe('开展执法检查20次。');
    expect(ids(resolveConflicts(report, conflicts, { 'section:b': 'mine' }).parts.measures.sections)).toEqual(['a', 'c']);
    expect(ids(resolveConflicts(report, conflicts, { 'section:b': 'theirs' }).parts.measures.sections)).toEqual(['a', 'b', 'c']);
    expect(() => resolveConflicts(report, conflicts, { 'section:b': 'both' })).toThrow();
  });

  it('keeps a deleted section whole, as one conflict, when the other side edited a section inside it', () => {
    const mine = edited(base, (r) => (find(r, 'a2').body = '听证会3场。'));
    const theirs = edited(base, (r) => (r.parts.measures.sections = r.parts.measures.sections.filter((s) => s.id !== 'a')));
    const { report, conflicts } = mergeReports(base, mine, theirs);
    expect(conflicts).toMatchObject([{ key: 'section:a', reason: 'deleted', theirs: null, deletedIds: ['a', 'a1', 'a2'] }]);
    expect(find(report, 'a')).toEqual(find(mine, 'a'));
    expect(ids(resolveConflicts(report, conflicts, { 'section:a': 'theirs' }).parts.measures.sections)).toEqual(['b', 'c']);
  });

  it('leaves a section the deleting side moved out of a deleted section where that side put it', () => {
    const mine = edited(base, (r) => (find(r, 'a').body = '全年召开党委会14次。'));
    const theirs = edited(base, (r) => (r.parts.measures.sections = [find(r, 'a1'), find(r, 'b'), find(r, 'c')]));
    const { report, conflicts } = mergeReports(base, mine, theirs);
    expect(conflicts).toMatchObject([{ key: 'section:a', reason: 'deleted', deletedIds: ['a', 'a2'] }]);
    expect(ids(report.parts.measures.sections)).toEqual(['a1', 'a', 'b', 'c']);
    expect(ids(find(report, 'a').children)).toEqual(['a2']);
    expect(resolveConflicts(report, conflicts, {})).toEqual(report);
    expect(ids(resolveConflicts(report, conflicts, { 'section:a': 'theirs' }).parts.measures.sections)).toEqual(['a1', 'b', 'c']);
  });

  it("keeps a section one side deleted when the other moved a section into it; choosing the deletion lifts that section out", () => {
    const mine = edited(base, (r) => {
      r.parts.measures.sections = r.parts.measures.sections.filter((s) => s.id !== 'c');
      find(r, 'b').children.push(find(base, 'c'));
    });
    const theirs = edited(base, (r) => (r.parts.measures.sections = r.parts.measures.sections.filter((s) => s.id !== 'b')));
    const { report, conflicts } = mergeReports(base, mine, theirs);
    expect(conflicts).toMatchObject([{ key: 'section:b', reason: 'deleted', deletedIds: ['b'] }]);
    expect(ids(find(report, 'b').children)).toEqual(['c']);
    expect(ids(resolveConflicts(report, conflicts, { 'section:b': 'theirs' }).parts.measures.sections)).toEqual(['a', 'c']);
  });

  it('places sections added at the same place on both sides after their neighbour, mine first', () => {
    const mine = edited(base, (r) => r.parts.measures.sections.splice(1, 0, sec('m1', '我加的', '甲'), sec('m2', '我加的二', '乙')));
    const theirs = edited(base, (r) => r.parts.measures.sections.splice(1, 0, sec('t1', '对方加的', '丙')));
    const { report, conflicts } = mergeReports(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(ids(report.parts.measures.sections)).toEqual(['a', 'm1', 'm2', 't1', 'b', 'c']);
    const atTop = mergeReports(
      base,
      edited(base, (r) => r.parts.plans.sections.unshift(sec('m3', '我的', ''))),
      edited(base, (r) => r.parts.plans.sections.unshift(sec('t3', '对方的', ''))),
    );
    expect(ids(atTop.report.parts.plans.sections)).toEqual(['m3', 't3', 'e']);
  });

  it('places a section added after one the other side deleted after its nearest surviving neighbour', () => {
    const mine = edited(base, (r) => (r.parts.measures.sections = r.parts.measures.sections.filter((s) => s.id !== 'b')));
    const theirs = edited(base, (r) => r.parts.measures.sections.splice(2, 0, sec('t1', '对方加的', '丙')));
    expect(ids(mergeReports(base, mine, theirs).report.parts.measures.sections)).toEqual(['a', 't1', 'c']);
  });

  it("keeps a reorder made on one side, and mine's order when both reordered", () => {
    const reorder = (order: string[]) => (r: TReport) => {
      const byId = new Map(r.parts.measures.sections.map((s) => [s.id, s]));
      r.parts.measures.sections = order.map((id) => byId.get(id)!);
    };
    const theirs = edited(base, reorder(['c', 'a', 'b']));
    const mine = edited(base, (r) => (find(r, 'a').body = '改了'));
    expect(ids(mergeReports(base, mine, theirs).report.parts.measures.sections)).toEqual(['c', 'a', 'b']);
    expect(ids(mergeReports(base, theirs, mine).report.parts.measures.sections)).toEqual(['c', 'a', 'b']);
    const both = mergeReports(base, edited(base, reorder(['b', 'a', 'c'])), theirs);
    expect(both.conflicts).toEqual([]);
    expect(ids(both.report.parts.measures.sections)).toEqual(['b', 'a', 'c']);
  });

  it("merges an edit in a child with an edit in its parent's body from the other side", () => {
    const mine = edited(base, (r) => (find(r, 'a').body = '全年召开党委会14次。'));
    const theirs = edited(base, (r) => {
      find(r, 'a1').body = '审查文件31件。';
      find(r, 'a').children.push(sec('t1', '（三）新增', '丁'));
    });
    const { report, conflicts } = mergeReports(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(find(report, 'a')).toMatchObject({ body: '全年召开党委会14次。' });
    expect(find(report, 'a1').body).toBe('审查文件31件。');
    expect(ids(find(report, 'a').children)).toEqual(['a1', 'a2', 't1']);
  });

  it("moves a section to another part once, with the other side's edit, never duplicating its id", () => {
    const mine = edited(base, (r) => {
      r.parts.measures.sections = r.parts.measures.sections.filter((s) => s.id !== 'c');
      r.parts.plans.sections.push(find(base, 'c'));
    });
    const theirs = edited(base, (r) => (find(r, 'c').body = '开展普法活动8场。'));
    for (const [a, b] of [
      [mine, theirs],
      [theirs, mine],
    ] as const) {
      const { report, conflicts } = mergeReports(base, a, b);
      expect(conflicts).toEqual([]);
      expect(ids(report.parts.measures.sections)).toEqual(['a', 'b']);
      expect(report.parts.plans.sections).toEqual([find(base, 'e'), sec('c', '三、加强普法', '开展普法活动8场。')]);
    }
  });

  it("keeps mine's place for a section both sides moved to different parts", () => {
    const moveTo = (part: TPartKey) => (r: TReport) => {
      r.parts.measures.sections = r.parts.measures.sections.filter((s) => s.id !== 'c');
      r.parts[part].sections.push(find(base, 'c'));
    };
    const { report } = mergeReports(base, edited(base, moveTo('plans')), edited(base, moveTo('other')));
    expect(ids(report.parts.plans.sections)).toEqual(['e', 'c']);
    expect(report.parts.other.sections).toEqual([]);
  });

  it("breaks the cycle of crossing moves (mine puts b under c, theirs c under b) with mine's place", () => {
    const moveUnder = (child: string, parent: string) => (r: TReport) => {
      const moving = find(r, child);
      r.parts.measures.sections = r.parts.measures.sections.filter((s) => s.id !== child);
      find(r, parent).children.push(moving);
    };
    const { report, conflicts } = mergeReports(base, edited(base, moveUnder('b', 'c')), edited(base, moveUnder('c', 'b')));
    expect(conflicts).toEqual([]);
    expect(ids(report.parts.measures.sections)).toEqual(['a', 'c']);
    expect(ids(find(report, 'c').children)).toEqual(['b']);
    expect(find(report, 'b').children).toEqual([]);
  });

  it('lays sections a merge would nest past the fourth level out after their fourth-level section', () => {
    const deep = reportWith({ measures: [sec('p', '一、', ''), sec('q', '二、', '', [sec('q1', '（一）', '', [sec('q2', '1.', '')])])] });
    const mine = edited(deep, (r) => {
      r.parts.measures.sections = [find(r, 'p')];
      find(r, 'p').children.push(find(deep, 'q'));
    });
    const theirs = edited(deep, (r) => find(r, 'q2').children.push(sec('q3', '（1）', '', [])));
    expect(depth(mine.parts.measures.sections)).toBe(4);
    expect(depth(theirs.parts.measures.sections)).toBe(4);
    const { report } = mergeReports(deep, mine, theirs);
    expect(depth(report.parts.measures.sections)).toBe(4);
    expect(ids(find(report, 'q1').children)).toEqual(['q2', 'q3']);
    expect(ZReport.safeParse(report).success).toBe(true);
  });
});

describe('mergeReports: the rest of the report', () => {
  it('merges basic fields one by one; different changes are a field conflict holding mine', () => {
    const mine = edited(base, (r) => {
      r.date = '2026-02-10';
      r.signature = '青石镇人民政府（盖章）';
      r.opening = '我的导语。';
    });
    const theirs = edited(base, (r) => {
      r.recipient = '市人民政府';
      r.signature = '青石镇党委';
      r.opening = '对方的导语。';
      r.titleLines = ['青石镇人民政府关于2025年', '法治政府建设情况的报告'];
    });
    const { report, conflicts } = mergeReports(base, mine, theirs);
    expect(report).toMatchObject({ date: '2026-02-10', recipient: '市人民政府', signature: '青石镇人民政府（盖章）', opening: '我的导语。' });
    expect(report.titleLines).toEqual(theirs.titleLines);
    expect(conflicts).toEqual([
      { kind: 'field', key: 'field:signature', field: 'signature', base: base.signature, mine: mine.signature, theirs: '青石镇党委', choices: ['mine', 'theirs'] },
      { kind: 'field', key: 'field:opening', field: 'opening', base: base.opening, mine: '我的导语。', theirs: '对方的导语。', choices: ['mine', 'theirs', 'both'] },
    ]);
    const resolved = resolveConflicts(report, conflicts, { 'field:signature': 'theirs', 'field:opening': 'both' });
    expect(resolved).toMatchObject({ signature: '青石镇党委', opening: '我的导语。\n对方的导语。' });
    expect(() => resolveConflicts(report, conflicts, { 'field:signature': 'both' })).toThrow();
  });

  it('merges the 主要数据 row by row: a row changed on one side wins, one changed on both keeps mine', () => {
    const row = (value: number | null) => ({ value, lastYear: 4, confirmed: true });
    const before = edited(base, (r) => (r.figures = { a: row(1), b: row(2), c: row(3) }));
    const mine = edited(before, (r) => {
      r.figures.a = row(10);
      r.figures.c = row(30);
      delete r.figures.b;
    });
    const theirs = edited(before, (r) => {
      r.figures.c = row(31);
      r.figures.d = row(null);
    });
    const { report, conflicts } = mergeReports(before, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(report.figures).toEqual({ a: row(10), c: row(30), d: row(null) });
    // Without a base nothing counts as deleted.
    expect(mergeReports(null, mine, theirs).report.figures).toEqual({ a: row(10), b: row(2), c: row(30), d: row(null) });
  });

  it('merges each part’s 无 and 已完成 flags one by one', () => {
    const mine = edited(base, (r) => (r.parts.other.none = true));
    const theirs = edited(base, (r) => {
      r.parts.measures.done = true;
      r.parts.other.none = true;
    });
    const { report, conflicts } = mergeReports(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(report.parts.other.none).toBe(true);
    expect(report.parts.measures.done).toBe(true);
  });

  it('unites dismissals by key, the newer for the same key, and keeps one a side withdrew withdrawn', () => {
    const d = (key: string, at: string) => ({ key, reason: '已核实', at });
    const start = edited(base, (r) => (r.dismissals = [d('x', '2026-01-01T00:00:00Z'), d('y', '2026-01-01T00:00:00Z')]));
    const mine = edited(start, (r) => (r.dismissals = [d('x', '2026-01-03T00:00:00Z'), d('m', '2026-01-02T00:00:00Z')]));
    const theirs = edited(start, (r) => r.dismissals!.push(d('t', '2026-01-02T00:00:00Z')));
    expect(mergeReports(start, mine, theirs).report.dismissals).toEqual([d('x', '2026-01-03T00:00:00Z'), d('m', '2026-01-02T00:00:00Z'), d('t', '2026-01-02T00:00:00Z')]);
    expect(mergeReports(start, theirs, mine).report.dismissals).toEqual([d('x', '2026-01-03T00:00:00Z'), d('t', '2026-01-02T00:00:00Z'), d('m', '2026-01-02T00:00:00Z')]);
    const newerTheirs = edited(start, (r) => (r.dismissals = [d('x', '2026-01-05T00:00:00Z'), d('z', '2026-01-02T00:00:00Z')]));
    expect(mergeReports(start, mine, newerTheirs).report.dismissals).toEqual([d('x', '2026-01-05T00:00:00Z'), d('m', '2026-01-02T00:00:00Z'), d('z', '2026-01-02T00:00:00Z')]);
  });

  it('keeps a 待更新 sentence only while neither side confirmed it, with both sides’ new ones; reference is mine', () => {
    const start = edited(base, (r) => (r.carriedOver = ['召开会议12次。', '审查文件30件。', '培训3场。']));
    const mine = edited(start, (r) => {
      r.carriedOver = ['审查文件30件。', '培训3场。', '我的新句子5次。'];
      r.reference = { year: 2024, parts: { measures: '去年', shortcomings: '', leadership: '', plans: '', other: '' } };
    });
    const theirs = edited(start, (r) => (r.carriedOver = ['召开会议12次。', '审查文件30件。', '对方新句子6次。']));
    const { report } = mergeReports(start, mine, theirs);
    expect(report.carriedOver).toEqual(['审查文件30件。', '我的新句子5次。', '对方新句子6次。']);
    expect(report.reference).toEqual(mine.reference);
  });
});

// ---------------------------------------------------------------------------------------------------
// Properties: a random base report, two random sequences of edits applied to copies of it, merged.

const CHARS = [...'法治政府建设依法行政推进工作年度情况报告乡镇街道执法监督复议诉讼普法决策审查一二三四五六。，'];
const line = (max: number) => fc.string({ unit: fc.constantFrom(...CHARS), maxLength: max });
const body = fc.array(line(10), { maxLength: 3 }).map((lines) => lines.join('\n'));
const baseShape = fc.array(fc.record({ parent: fc.nat(), heading: line(8), body }), { minLength: 2, maxLength: 16 });
const OPS = ['body', 'heading', 'add', 'delete', 'move', 'child'] as const;
// Text edits twice as likely as each change of structure, so both sides often edit the same section.
const op = fc.constantFrom(...OPS, 'body', 'heading');
// Small picks, so that both sides often reach for the same few sections.
const editsOf = (kinds: fc.Arbitrary<(typeof OPS)[number]>) =>
  fc.array(fc.record({ op: kinds, a: fc.nat({ max: 7 }), b: fc.nat({ max: 11 }), heading: line(8), body }), { minLength: 1, maxLength: 8 });
type TEdit = { op: (typeof OPS)[number]; a: number; b: number; heading: string; body: string };

function buildBase(shape: Array<{ parent: number; heading: string; body: string }>): TReport {
  const report = reportWith({});
  const made: Array<{ section: TSection; level: number }> = [];
  shape.forEach((s, i) => {
    const section = sec(`b${i}`, s.heading, s.body);
    const hosts = [...PART_KEYS.map((k) => ({ list: report.parts[k].sections, level: 0 })), ...made.filter((m) => m.level < 4).map((m) => ({ list: m.section.children, level: m.level }))];
    const host = hosts[s.parent % hosts.length]!;
    host.list.push(section);
    made.push({ section, level: host.level + 1 });
  });
  return report;
}

const height = (s: TSection): number => 1 + depth(s.children);

/** The edits, in order, on a copy; one that cannot apply (nothing to edit, too deep) is skipped. */
function applyEdits(report: TReport, list: TEdit[], prefix: string): TReport {
  return edited(report, (r) => {
    let n = 0;
    for (const e of list) {
      const all = allSections(r);
      const target = all.length ? all[e.a % all.length]! : null;
      const hosts = () => [...PART_KEYS.map((k) => ({ list: r.parts[k].sections, level: 0, id: '' })), ...allSections(r).map((s) => ({ list: s.section.children, level: s.level, id: s.section.id }))];
      if (e.op === 'add' || (e.op === 'child' && target && target.level < 4)) {
        const fresh = sec(`${prefix}${n++}`, e.heading, e.body);
        if (e.op === 'child') target!.section.children.push(fresh);
        else {
          const open = hosts().filter((h) => h.level < 4);
          const host = open[e.b % open.length]!;
          host.list.splice(e.a % (host.list.length + 1), 0, fresh);
        }
      } else if (target && e.op === 'body') target.section.body = e.body;
      else if (target && e.op === 'heading') target.section.heading = e.heading;
      else if (target && e.op === 'delete') target.list.splice(target.list.indexOf(target.section), 1);
      else if (target && e.op === 'move') {
        target.list.splice(target.list.indexOf(target.section), 1);
        const fits = hosts().filter((h) => h.level + height(target.section) <= 4);
        const host = fits[e.b % fits.length]!;
        host.list.splice(e.a % (host.list.length + 1), 0, target.section);
      }
    }
  });
}

const scenarioOf = (shape: typeof baseShape, kinds: fc.Arbitrary<(typeof OPS)[number]>, theirsKinds = kinds) =>
  fc.tuple(shape, editsOf(kinds), editsOf(theirsKinds)).map(([sections, mineEdits, theirsEdits]) => {
    const start = buildBase(sections);
    return { base: start, mine: applyEdits(start, mineEdits, 'm'), theirs: applyEdits(start, theirsEdits, 't') };
  });
const scenario = scenarioOf(baseShape, op);
/** Structure only, on small reports: crossing moves (cycles) and nesting past four levels happen often here. */
const reshaping = scenarioOf(
  fc.array(fc.record({ parent: fc.nat(), heading: line(4), body }), { minLength: 2, maxLength: 6 }),
  fc.constantFrom('move', 'move', 'move', 'child'),
);

/** Theirs edits text only, so the merged structure is mine's. */
const textOnlyTheirs = scenarioOf(baseShape, op, fc.constantFrom('body', 'heading'));
const shape = (sections: TSection[]): unknown[] => sections.map((s) => [s.id, shape(s.children)]);

const SETTINGS = { seed: 20_261_123, numRuns: 300 };

/** Every conflict resolved 'both' where offered, otherwise for the side that kept the section. */
function keepEverything(conflicts: TMergeConflict[]): Record<string, TMergeChoice> {
  return Object.fromEntries(conflicts.map((c) => [c.key, c.choices.includes('both') ? 'both' : c.kind === 'section' && c.mine === null ? 'theirs' : 'mine']));
}

function textById(report: TReport): Map<string, TSection> {
  return new Map(allSections(report).map((s) => [s.section.id, s.section]));
}

describe('mergeReports without a base (none kept that old)', () => {
  it('keeps every section either side has, and makes every difference a conflict, never a silent choice', () => {
    const mine = edited(base, (r) => {
      find(r, 'a1').body = '我改了审查。';
      r.parts.measures.sections.push(sec('m', '四、我加的', '我的。'));
      r.title = '我的标题';
    });
    const theirs = edited(base, (r) => {
      find(r, 'a1').body = '他改了审查。';
      r.parts.measures.sections = r.parts.measures.sections.filter((s) => s.id !== 'c');
    });
    const { report, conflicts } = mergeReports(null, mine, theirs);
    expect(conflicts.map((c) => c.key).sort()).toEqual(['field:title', 'section:a1']);
    // Without a base nobody can tell a deletion from an addition: theirs' missing section stays, as mine has it.
    expect(allIds(report)).toEqual(expect.arrayContaining(['a', 'a1', 'a2', 'b', 'c', 'm', 'd', 'e']));
    expect(new Set(allIds(report)).size).toBe(allIds(report).length);
    expect(resolveConflicts(report, conflicts, { 'section:a1': 'theirs', 'field:title': 'theirs' })).toMatchObject({ title: base.title });
  });

  it('merges two identical sides into the same report without a conflict', () => {
    const { report, conflicts } = mergeReports(null, base, structuredClone(base));
    expect(conflicts).toEqual([]);
    expect(report).toEqual(base);
  });
});

describe('mergeReports: properties (fast-check, fixed seed)', () => {
  it('never gives a duplicate id, an id neither side had, more than four levels or an invalid report', () => {
    fc.assert(
      fc.property(scenario, ({ base: b, mine, theirs }) => {
        const { report, conflicts } = mergeReports(b, mine, theirs);
        const known = new Set([...allIds(b), ...allIds(mine), ...allIds(theirs)]);
        for (const r of [report, resolveConflicts(report, conflicts, keepEverything(conflicts))]) {
          const seen = allIds(r);
          expect(new Set(seen).size).toBe(seen.length);
          expect(seen.every((id) => known.has(id))).toBe(true);
          for (const part of PART_KEYS) expect(depth(r.parts[part].sections)).toBeLessThanOrEqual(4);
          expect(ZReport.safeParse(r).success).toBe(true);
        }
        expect(new Set(conflicts.map((c) => c.key)).size).toBe(conflicts.length);
      }),
      SETTINGS,
    );
  });

  it('keeps every section both sides kept or one side added, whatever either side moved', () => {
    for (const arbitrary of [scenario, reshaping]) {
      fc.assert(
        fc.property(arbitrary, ({ base: b, mine, theirs }) => {
          const { report, conflicts } = mergeReports(b, mine, theirs);
          const merged = new Set(allIds(report));
          const [before, others] = [new Set(allIds(b)), new Set(allIds(theirs))];
          for (const id of allIds(mine)) if (others.has(id) || !before.has(id)) expect(merged).toContain(id);
          for (const id of allIds(theirs)) if (!before.has(id)) expect(merged).toContain(id);
          for (const part of PART_KEYS) expect(depth(report.parts[part].sections)).toBeLessThanOrEqual(4);
          expect(new Set(allIds(resolveConflicts(report, conflicts, keepEverything(conflicts)))).size).toBe(merged.size);
        }),
        SETTINGS,
      );
    }
  });

  it("takes one side's structure (what is where, in which order) when the other only edited text", () => {
    fc.assert(
      fc.property(textOnlyTheirs, ({ base: b, mine: reshaped, theirs: textOnly }) => {
        for (const [mine, theirs, side] of [
          [reshaped, textOnly, 'mine'],
          [textOnly, reshaped, 'theirs'],
        ] as const) {
          const { report, conflicts } = mergeReports(b, mine, theirs);
          // A section the text side edited and the other deleted stays until the clerk chooses; here, the deletion.
          const merged = resolveConflicts(report, conflicts, Object.fromEntries(conflicts.map((c) => [c.key, side])));
          for (const part of PART_KEYS) expect(shape(merged.parts[part].sections)).toEqual(shape(reshaped.parts[part].sections));
        }
      }),
      SETTINGS,
    );
  });

  it("keeps the text of every section one side changed (or added) and the other left as it was (or deleted)", () => {
    fc.assert(
      fc.property(scenario, ({ base: b, mine, theirs }) => {
        const merged = textById(mergeReports(b, mine, theirs).report);
        const before = textById(b);
        for (const [side, other] of [
          [mine, theirs],
          [theirs, mine],
        ] as const) {
          const others = textById(other);
          for (const { section } of allSections(side)) {
            const was = before.get(section.id);
            const changed = !was || was.heading !== section.heading || was.body !== section.body;
            const there = others.get(section.id);
            const untouched = !there || (was !== undefined && there.heading === was.heading && there.body === was.body);
            if (changed && untouched) expect(merged.get(section.id)).toMatchObject({ heading: section.heading, body: section.body });
          }
        }
      }),
      SETTINGS,
    );
  });

  it("loses no paragraph either side wrote once every conflict is resolved 'both' (or for the side that kept it)", () => {
    fc.assert(
      fc.property(scenario, ({ base: b, mine, theirs }) => {
        const { report, conflicts } = mergeReports(b, mine, theirs);
        const resolved = textById(resolveConflicts(report, conflicts, keepEverything(conflicts)));
        const before = textById(b);
        for (const side of [mine, theirs]) {
          for (const { section } of allSections(side)) {
            const was = before.get(section.id);
            const result = resolved.get(section.id);
            const lines = new Set(result?.body.split('\n'));
            if (!was || was.body !== section.body) for (const l of section.body.split('\n').filter(Boolean)) expect(lines).toContain(l);
            if ((!was || was.heading !== section.heading) && result?.heading !== section.heading && section.heading) expect(lines).toContain(section.heading);
          }
        }
      }),
      SETTINGS,
    );
  });

  it('is the identity for identical sides, and gives back the one side that changed', () => {
    fc.assert(
      fc.property(scenario, ({ base: b, mine, theirs }) => {
        expect(mergeReports(b, mine, mine)).toEqual({ report: mine, conflicts: [] });
        expect(mergeReports(b, mine, b)).toEqual({ report: mine, conflicts: [] });
        expect(mergeReports(b, b, theirs)).toEqual({ report: theirs, conflicts: [] });
        expect(mergeReports(b, b, b)).toEqual({ report: b, conflicts: [] });
      }),
      SETTINGS,
    );
  });
});
