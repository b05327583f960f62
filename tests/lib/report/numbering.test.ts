import { describe, expect, it } from 'vitest';
import { chineseNumeral, firstNumberOfPart, headingLabel, numberSections, partHeadingText, partStart } from '@/lib/report/numbering';
import { getTemplate } from '@/lib/template/get-template';
import type { TSection } from '@/lib/report/schema';
import { loadSample } from '../../support/sample';

const s = (heading: string, children: TSection[] = []): TSection => ({ id: heading || 'x', heading, body: '', children });

describe('heading numbers', () => {
  it('writes Chinese numerals as a clerk would', () => {
    expect([1, 9, 10, 11, 19, 20, 21, 99].map(chineseNumeral)).toEqual(['一', '九', '十', '十一', '十九', '二十', '二十一', '九十九']);
  });

  it('labels the four levels 一、 （一） 1. （1）', () => {
    expect([1, 2, 3, 4].map((level) => headingLabel(level, 3))).toEqual(['三、', '（三）', '3.', '（3）']);
  });

  it('numbers from the structure, restarting under each parent, and skips sections without a heading', () => {
    const numbered = numberSections([s('甲', [s('甲一', [s('细', [s('末')])]), s(''), s('甲二')]), s('乙')]);
    expect(numbered.map((n) => n.label)).toEqual(['一、', '（一）', '1.', '（1）', '', '（二）', '二、']);
    expect(numbered.map((n) => n.level)).toEqual([1, 2, 3, 4, 2, 2, 1]);
  });

  it('numbers level-1 headings through the report, part after part', () => {
    const report = loadSample();
    const measures = report.parts.measures.sections.length;
    expect(firstNumberOfPart(report, 'measures')).toBe(1);
    expect(firstNumberOfPart(report, 'shortcomings')).toBe(measures + 1);
    const leadership = report.parts.leadership.sections.length;
    const plans = report.parts.plans.sections.length;
    expect(firstNumberOfPart(report, 'other')).toBe(measures + 2 + leadership + plans + 1);
    report.parts.shortcomings.sections = [];
    expect(firstNumberOfPart(report, 'leadership')).toBe(measures + 1);
  });

  it('follows the template order when a template reorders the parts', () => {
    const report = loadSample();
    const order = ['measures', 'leadership', 'shortcomings', 'plans', 'other'] as const;
    expect(firstNumberOfPart(report, 'leadership', order)).toBe(report.parts.measures.sections.length + 1);
  });

  it("with the five parts as the structure, starts every part's sections at （一）, whatever came before", () => {
    const report = loadSample();
    expect(report.layout).toBe('parts');
    for (const key of ['measures', 'shortcomings', 'plans'] as const) expect(partStart(report, key)).toEqual({ level: 2, firstNumber: 1 });
    const flat = { ...report, layout: 'flat' as const };
    expect(partStart(flat, 'shortcomings')).toEqual({ level: 1, firstNumber: report.parts.measures.sections.length + 1 });
    const labels = numberSections(report.parts.shortcomings.sections, 1, 2).map((n) => n.label);
    expect(labels).toEqual(['（一）', '1.', '2.', '3.', '（二）']);
  });

  it("prints a part's heading from the template with its years, unless the clerk wrote their own", () => {
    const report = loadSample();
    const plans = getTemplate().parts.find((p) => p.key === 'plans')!;
    expect(partHeadingText(report, plans)).toBe('2026年推进法治政府建设的主要安排');
    report.partHeadings.plans = '  下一年度主要安排 ';
    expect(partHeadingText(report, plans)).toBe('下一年度主要安排');
  });
});
