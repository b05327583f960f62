import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findFigures } from '@/lib/figures/find-figures';
import { getIndicators } from '@/lib/figures/get-indicators';
import { PART_KEYS } from '@/lib/report/part-keys';
import type { TReport } from '@/lib/report/schema';
import { filled } from '../../support/pathological';
import { loadSample } from '../../support/sample';

type TCase = { text: string; key: string; value?: number };
const SENTENCES = JSON.parse(readFileSync(new URL('../../fixtures/figures/sentences.json', import.meta.url), 'utf8')) as { stated: TCase[]; none: TCase[] };

/** The sample report with `body` as its only text. */
function reportWith(body: string, unitKind: TReport['unitKind'] = '镇'): TReport {
  const report = loadSample();
  report.unitKind = unitKind;
  report.opening = '';
  for (const k of PART_KEYS) report.parts[k].sections = [];
  report.parts.measures.sections = [{ id: 'a', heading: '', body, children: [] }];
  return report;
}

const found = (report: TReport, key: string) => findFigures(report, getIndicators(report.unitKind)).find((f) => f.key === key)!;

describe('findFigures', () => {
  it.each(SENTENCES.stated)('reads $key = $value in “$text”', ({ text, key, value }) => {
    expect(found(reportWith(text), key)).toMatchObject({ value, sources: [text] });
  });

  it.each(SENTENCES.none)('reads no $key in “$text”', ({ text, key }) => {
    expect(found(reportWith(text), key)).toMatchObject({ value: null, sources: [] });
  });

  it('answers every indicator of the unit kind, in the data file’s order, with its name and unit', () => {
    const report = loadSample();
    const figures = findFigures(report, getIndicators('镇'));
    expect(figures.map((f) => f.key)).toEqual(getIndicators('镇').map((i) => i.key));
    expect(figures.find((f) => f.key === 'reconsideration-cases')).toEqual({
      key: 'reconsideration-cases',
      name: '行政复议案件数',
      unit: '件',
      value: 1,
      lastYear: null,
      sources: ['全年镇政府作为被申请人的行政复议案件1件，经复议维持；'],
    });
    expect(figures.find((f) => f.key === 'head-appearance-rate')).toMatchObject({ value: 100, unit: '%' });
    // “行政处罚97项” counts the powers in the 权责清单, not cases: the cases are stated later.
    expect(figures.find((f) => f.key === 'enforcement-cases')).toMatchObject({ value: 58 });
  });

  it('takes the first statement as the value and lists every sentence that states one', () => {
    const report = reportWith('全年办理行政复议案件5件。\n其中，行政复议案件3件经调解结案。\n行政复议工作有序开展。');
    expect(found(report, 'reconsideration-cases')).toMatchObject({ value: 5, sources: ['全年办理行政复议案件5件。', '其中，行政复议案件3件经调解结案。'] });
  });

  it('reads the opening and every part, headings included, at any depth', () => {
    const report = reportWith('');
    report.opening = '全年调处矛盾纠纷40件。';
    report.parts.plans.sections = [{ id: 'p', heading: '', body: '', children: [{ id: 'q', heading: '审查合同9份', body: '', children: [] }] }];
    expect(found(report, 'disputes-mediated').value).toBe(40);
    expect(found(report, 'contracts-reviewed').value).toBe(9);
  });

  it('takes last year’s values from the text kept beside the editor', () => {
    const report = reportWith('办理行政复议案件4件。');
    expect(found(report, 'reconsideration-cases').lastYear).toBeNull();
    report.reference = { year: 2024, parts: { measures: '全年办理行政复议案件10件。', shortcomings: '', leadership: '', plans: '', other: '' } };
    expect(found(report, 'reconsideration-cases')).toMatchObject({ value: 4, lastYear: 10, sources: ['办理行政复议案件4件。'] });
    report.reference.parts = { measures: '', shortcomings: '', leadership: '', plans: '', other: '开展普法宣传活动20场。' };
    expect(found(report, 'legal-education-events')).toMatchObject({ value: null, lastYear: 20, sources: [] });
  });

  it('uses the county department list for a 县级部门', () => {
    const report = reportWith('全年办理行政许可事项1200件，作出行政处罚决定35件，组织执法人员培训260人次。', '县级部门');
    const figures = findFigures(report, getIndicators('县级部门'));
    expect(Object.fromEntries(figures.map((f) => [f.key, f.value]))).toMatchObject({ licences: 1200, 'penalty-cases': 35, 'enforcement-training': 260 });
  });

  it('reads a report-length body built against it in one pass', () => {
    for (const body of [filled('行政复议1件'), filled('1件行政复议'), filled('行政复议'), filled('受众，'), filled('13812345678件'), filled('一')]) {
      const figures = findFigures(reportWith(body), getIndicators('镇'));
      expect(figures).toHaveLength(getIndicators('镇').length);
    }
    expect(found(reportWith(filled('行政复议1件')), 'reconsideration-cases').value).toBe(1);
  });
});
