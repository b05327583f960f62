import { describe, expect, it } from 'vitest';
import { printedTitleLines, titleLines } from '@/lib/report/title-lines';
import { textUnits } from '@/lib/report/text-width';

describe('title line breaks', () => {
  it('keeps a title that fits on one line', () => {
    expect(titleLines('东温泉镇2025年法治政府建设年度报告')).toEqual(['东温泉镇2025年法治政府建设年度报告']);
  });

  it('breaks after 关于 into a trapezoid, never splitting the year or 法治政府', () => {
    expect(titleLines('青石镇人民政府关于2025年法治政府建设情况的报告', ['青石镇人民政府'])).toEqual(['青石镇人民政府关于', '2025年法治政府建设情况的报告']);
  });

  it('keeps the unit name whole', () => {
    const lines = titleLines('重庆市巴南区东温泉镇人民政府关于2021年法治政府建设情况的报告', ['重庆市巴南区东温泉镇人民政府']);
    expect(lines).toEqual(['重庆市巴南区东温泉镇人民政府', '关于2021年法治政府建设情况的报告']);
  });

  it('sets a joint title on three lines with no line longer than 20 characters and none of one or two', () => {
    const lines = titleLines('中共龙门浩街道工作委员会 龙门浩街道办事处关于2023年法治政府建设情况的报告', ['龙门浩街道办事处']);
    expect(lines).toHaveLength(3);
    expect(lines.join('')).toBe('中共龙门浩街道工作委员会龙门浩街道办事处关于2023年法治政府建设情况的报告');
    expect(lines.every((l) => textUnits(l) <= 20 && textUnits(l) > 2)).toBe(true);
    expect(lines.some((l) => /\d$/.test(l) || /^年/.test(l) || l.endsWith('法治'))).toBe(false);
  });

  it('fills a 200-character title greedily, every line within the width', () => {
    const lines = titleLines('题'.repeat(200));
    expect(lines).toHaveLength(10);
    expect(lines.every((l) => textUnits(l) <= 20)).toBe(true);
  });

  it("uses the clerk's breaks while they spell the title, and computes again once the title changes", () => {
    const title = '青石镇人民政府关于2025年法治政府建设情况的报告';
    const chosen = ['青石镇人民政府关于2025年', '法治政府建设情况的报告'];
    expect(printedTitleLines(title, chosen, [])).toEqual(chosen);
    expect(printedTitleLines(title.replace('2025', '2026'), chosen, [])).toEqual(['青石镇人民政府关于', '2026年法治政府建设情况的报告']);
  });
});
