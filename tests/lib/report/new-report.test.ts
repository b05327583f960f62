import { describe, expect, it } from 'vitest';
import { createReport, defaultReportYear, proposeTitle, selfReference, shortUnitName, suggestedRecipient } from '@/lib/report/new-report';
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
    // The regulation's five parts are the level-1 headings; the copy for the website: no seal, 版头 or 版记.
    expect(report).toMatchObject({ layout: 'parts', seal: false, masthead: false, colophon: false });
    expect(Object.values(report.parts).every((p) => p.sections.length === 0 && !p.none && !p.done)).toBe(true);
    expect(ZReport.safeParse(report).success).toBe(true);
  });
});

describe('what a new report proposes from the unit', () => {
  it('suggests 主送机关 at the level the unit name shows', () => {
    expect(suggestedRecipient('重庆市巴南区东温泉镇人民政府', '镇', template)).toBe('区委、区人民政府');
    expect(suggestedRecipient('某某县某某乡人民政府', '乡', template)).toBe('县委、县人民政府');
    expect(suggestedRecipient('四川省都江堰市灌口街道办事处', '街道', template)).toBe('市委、市人民政府');
    expect(suggestedRecipient('重庆市巴南区司法局', '县级部门', template)).toBe('区委、区人民政府');
    expect(suggestedRecipient('东温泉镇人民政府', '镇', template)).toBe(template.recipientSuggestions['镇']);
  });

  it('names a 街道办事处 set up under a district government by its own name', () => {
    expect(shortUnitName('重庆市南岸区人民政府龙门浩街道办事处', '街道')).toBe('龙门浩街道办事处');
    expect(proposeTitle({ unit: '重庆市南岸区人民政府龙门浩街道办事处', unitKind: '街道', year: 2024 }, template)).toBe('龙门浩街道办事处关于2024年法治政府建设情况的报告');
  });
});
