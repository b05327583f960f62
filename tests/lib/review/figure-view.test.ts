import { describe, expect, it } from 'vitest';
import { figureChartSvg } from '@/lib/review/figure-chart';
import { chosenIndicator, figureView } from '@/lib/review/figure-view';
import type { TUnitFigures } from '@/lib/review/review-repository';
import { storedFigures } from '@/lib/review/stored-figures';

const unit = (name: string, kind: string, figures: TUnitFigures['figures']): TUnitFigures => ({ unitId: name, unitName: name, unitKind: kind, reportId: figures ? `r-${name}` : null, status: figures ? 'accepted' : 'missing', figures });

const COUNTY = [
  unit('东温泉镇人民政府', '镇', { 'reconsideration-cases': { value: 5, lastYear: 2, confirmed: true }, 'head-appearance-rate': { value: 100, lastYear: 90, confirmed: true } }),
  unit('龙洲湾街道办事处', '街道', { 'reconsideration-cases': { value: 3, lastYear: null, confirmed: true }, 'head-appearance-rate': { value: 80, lastYear: null, confirmed: true } }),
  unit('界石镇人民政府', '镇', {}),
  unit('安澜镇人民政府', '镇', null),
  unit('巴南区市场监督管理局', '县级部门', { 'reconsideration-cases': { value: 40, lastYear: 30, confirmed: true } }),
];

describe('主要数据汇总', () => {
  it('lists every unit whose kind reports the indicator, with the change, and totals a count', () => {
    const view = figureView(COUNTY.filter((u) => u.unitKind !== '县级部门'), chosenIndicator('reconsideration-cases'));
    expect(view.rows.map((r) => [r.unitName, r.value, r.lastYear, r.change])).toEqual([
      ['东温泉镇人民政府', 5, 2, '↑150%'],
      ['龙洲湾街道办事处', 3, null, ''],
      ['界石镇人民政府', null, null, ''],
      ['安澜镇人民政府', null, null, ''],
    ]);
    expect(view).toMatchObject({ reported: 2, total: 8, lastYearTotal: 2, totalLabel: '合计' });
    // An indicator both lists hold takes the county departments too.
    expect(figureView(COUNTY, chosenIndicator('reconsideration-cases')).total).toBe(48);
  });

  it('averages a rate over the units that gave one, and leaves out the kinds that do not report it', () => {
    const view = figureView(COUNTY, chosenIndicator('head-appearance-rate'));
    expect(view).toMatchObject({ reported: 2, total: 90, lastYearTotal: 90, totalLabel: '平均' });
    expect(view.rows[0]!.change).toBe('↑10个百分点');
    expect(figureView(COUNTY, chosenIndicator('mediation-success-rate')).rows.map((r) => r.unitName)).not.toContain('巴南区市场监督管理局');
  });

  it('falls back to the first indicator for a key it does not know', () => {
    expect(chosenIndicator('no-such-key').key).toBe('reconsideration-cases');
  });

  it('draws the chart as SVG with the names escaped', () => {
    const view = figureView([unit('<script>alert(1)</script>镇', '镇', { 'reconsideration-cases': { value: 5, lastYear: 2, confirmed: true } })], chosenIndicator('reconsideration-cases'));
    const svg = figureChartSvg(view);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });

  it('shows a large county as how many units gave a figure in each range, not as a bar a unit', () => {
    const units = Array.from({ length: 300 }, (_, n) => unit(`第${n}镇`, '镇', { 'reconsideration-cases': { value: n % 30, lastYear: null, confirmed: true } }));
    const svg = figureChartSvg(figureView(units, chosenIndicator('reconsideration-cases')));
    expect(svg).toContain('单位数');
    expect(svg).toContain('0–2件');
    expect(svg).not.toContain('第299镇');
  });

  it('reads the table of a stored report: empty before the table existed, null when it does not read', () => {
    expect(storedFigures(3, null)).toEqual({});
    expect(storedFigures(4, JSON.stringify({ 'reconsideration-cases': { value: 5, lastYear: null, confirmed: true } }))).toEqual({ 'reconsideration-cases': { value: 5, lastYear: null, confirmed: true } });
    expect(storedFigures(4, JSON.stringify({ 'reconsideration-cases': { value: -1 } }))).toBeNull();
    expect(storedFigures(4, null)).toBeNull();
    expect(storedFigures(4, '{not json')).toBeNull();
  });
});
