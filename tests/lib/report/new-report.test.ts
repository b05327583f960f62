import { describe, expect, it } from 'vitest';
import { createReport, defaultReportYear, proposeTitle, selfReference, shortUnitName } from '@/lib/report/new-report';
import { ZReport } from '@/lib/report/schema';
import { getTemplate } from '@/lib/template/get-template';

const template = getTemplate();

describe('a new report', () => {
  it('proposes the title from the unit without its region prefix and the year', () => {
    expect(proposeTitle({ unit: '重庆市巴南区东温泉镇人民政府', unitKind: '镇', year: 2025 }, template)).toBe(
      '东温泉镇人民政府关于2025年法治政府建设情况的报告',
    );
    expect(shortUnitName('重庆市南岸区龙门浩街道办事处', '街道')).toBe('龙门浩街道办事处');
    expect(shortUnitName('山东省泰安市泰山区上高街道办事处', '街道')).toBe('上高街道办事处');
  });

  it('keeps a county department and a name without a region prefix whole', () => {
    expect(shortUnitName('某某县司法局', '县级部门')).toBe('某某县司法局');
    expect(shortUnitName('东温泉镇人民政府', '镇')).toBe('东温泉镇人民政府');
  });

  it('lets the unit speak of itself as 我镇, 我街道 or 我局', () => {
    expect(selfReference('东温泉镇人民政府', '镇')).toBe('我镇');
    expect(selfReference('龙门浩街道办事处', '街道')).toBe('我街道');
    expect(selfReference('某某县司法局', '县级部门')).toBe('我局');
  });

  it('reports on last year by default', () => {
    expect(defaultReportYear(new Date('2026-01-15T00:00:00Z'))).toBe(2025);
  });

  it('fills signature, opening and five empty parts, and is a valid draft', () => {
    const report = createReport({ unit: ' 重庆市巴南区东温泉镇人民政府 ', unitKind: '镇', year: 2025, recipient: '区委、区人民政府' }, template);
    expect(report.signature).toBe('重庆市巴南区东温泉镇人民政府');
    expect(report.opening).toBe(
      '2025年，我镇在区委、区人民政府的坚强领导下，深入学习贯彻习近平法治思想，全面推进依法行政，法治政府建设取得新成效。现将2025年法治政府建设情况报告如下：',
    );
    expect(report.date).toBe('');
    expect(Object.values(report.parts).every((p) => p.sections.length === 0 && !p.none && !p.done)).toBe(true);
    expect(ZReport.safeParse(report).success).toBe(true);
  });
});
