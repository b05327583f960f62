import { describe, expect, it } from 'vitest';
import { findFigures } from '@/lib/figures/find-figures';
import { getIndicators } from '@/lib/figures/get-indicators';
import { PART_KEYS } from '@/lib/report/part-keys';
import { corpusText, hasCorpus } from '../../support/corpus';
import { loadSample } from '../../support/sample';

/** The indicators found in a real report from ../shared/corpus, read as one section. */
function figuresOf(name: string) {
  const report = loadSample();
  report.opening = '';
  for (const k of PART_KEYS) report.parts[k].sections = [];
  report.parts.measures.sections = [{ id: 'c', heading: '', body: corpusText(name), children: [] }];
  return Object.fromEntries(findFigures(report, getIndicators('镇')).map((f) => [f.key, f]));
}

// support/corpus warns (and these tests are skipped) when ../shared/corpus is not there.
describe.skipIf(!hasCorpus)('the indicators stated in the real reports in ../shared/corpus', () => {
  it('东温泉镇 2021: 调处矛盾纠纷56件 (not the 16 排查 before it), 调解成功率90%以上, 受教育300余人次 then 5000余人次', () => {
    const f = figuresOf('dongwenquan-2021');
    expect(f['disputes-mediated']).toMatchObject({ value: 56, sources: [expect.stringContaining('调处矛盾纠纷56件')] });
    expect(f['mediation-success-rate']!.value).toBe(90);
    expect(f['legal-education-audience']).toMatchObject({ value: 300, sources: [expect.stringContaining('300余人次'), expect.stringContaining('5000余人次')] });
  });

  it('龙门浩街道 2023: 调解各类矛盾纠纷1012件, 普法宣传活动11次', () => {
    const f = figuresOf('longmenhao-2023');
    expect(f['disputes-mediated']!.value).toBe(1012);
    expect(f['legal-education-events']).toMatchObject({ value: 11, sources: [expect.stringContaining('开展普法宣传活动11次')] });
  });

  it('太安镇 2020: 法律知识咨询活动 15 场, and nothing from its years and document numbers (〔2020〕2 号, 〔2020〕57 号)', () => {
    const f = figuresOf('taian-2020');
    expect(f['legal-education-events']!.value).toBe(15);
    const others = Object.values(f).filter((x) => x.key !== 'legal-education-events');
    expect(others.map((x) => x.value)).toEqual(others.map(() => null));
  });

  it('take no year as a figure in any of them', () => {
    for (const name of ['dongwenquan-2021', 'longmenhao-2023', 'taian-2020']) {
      for (const figure of Object.values(figuresOf(name))) expect([2020, 2021, 2022, 2023, 2024]).not.toContain(figure.value);
    }
  });
});
