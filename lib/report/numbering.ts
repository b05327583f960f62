import { fillPattern } from '../template/fill';
import type { TTemplatePart } from '../template/schema';
import type { TPart, TReport, TSection } from './schema';
import { LIMITS } from './limits';
import { PART_KEYS, type TPartKey } from './part-keys';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九: the numerals of 一、 and （一） headings. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensText = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return tensText + (ones === 0 ? '' : DIGITS[ones]);
}

/** The label of the index-th (1-based) heading at a level (1 to 4): 一、 （一） 1. （1）. */
export function headingLabel(level: number, index: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(index)}、`;
    case 2:
      return `（${chineseNumeral(index)}）`;
    case 3:
      return `${index}.`;
    default:
      return `（${index}）`;
  }
}

/**
 * Level-1 headings are numbered through the whole report, part after part, as in a real report where
 * 主要举措 may fill 一 to 五 and 存在的不足 is 六; deeper levels restart under each parent.
 * A part answered "无" takes one level-1 number, for its own heading; an empty part takes none, since
 * it is not printed.
 */
export function firstNumberOfPart(report: Pick<TReport, 'parts'>, key: TPartKey, order: readonly TPartKey[] = PART_KEYS): number {
  let next = 1;
  for (const k of order) {
    if (k === key) return next;
    next += partHeadingCount(report.parts[k]);
  }
  return next;
}

/** Where a part's own sections start: their level and the number of the first. With the five parts as the
 * structure, each part is 一、 to 五、 and its sections start again at （一）; in the flat style the sections
 * are the level-1 headings, numbered on from the part before. */
export type TPartStart = { level: 1 | 2; firstNumber: number };

export function partStart(report: Pick<TReport, 'layout' | 'parts'>, key: TPartKey, order: readonly TPartKey[] = PART_KEYS): TPartStart {
  return report.layout === 'parts' ? { level: 2, firstNumber: 1 } : { level: 1, firstNumber: firstNumberOfPart(report, key, order) };
}

/** A part's printed heading: the clerk's own words for it, or the template's with the years filled in
 * (`heading`: the shorter form a 无 part prints in the flat style). */
export function partHeadingText(report: Pick<TReport, 'partHeadings' | 'year'>, part: TTemplatePart, pattern: 'title' | 'heading' = 'title'): string {
  return report.partHeadings[part.key].trim() || fillPattern(part[pattern], { year: report.year, nextYear: report.year + 1 });
}

/** How many levels of sections a part may hold in a layout: three under a part heading, four when the
 * sections are the level-1 headings. */
export function sectionDepthLimit(layout: TReport['layout']): number {
  return layout === 'parts' ? LIMITS.depthUnderPart : LIMITS.depth;
}

/** A section without a heading continues its parent's text: it prints no heading and takes no number. */
export function isHeaded(section: TSection): boolean {
  return section.heading.trim() !== '';
}

/** How many level-1 headings a part prints. */
export function partHeadingCount(part: TPart): number {
  return part.none ? 1 : part.sections.filter(isHeaded).length;
}

export type TNumberedSection = { section: TSection; level: number; label: string; path: number[] };

/** Every section of a list with its level and label ('' when it has no heading), depth first, in reading
 * order; the list's first heading takes `firstNumber`, and each list within a section starts again at 1. */
export function numberSections(sections: TSection[], firstNumber = 1, level = 1, path: number[] = []): TNumberedSection[] {
  let next = firstNumber;
  return sections.flatMap((section, i) => {
    const here = [...path, i];
    const label = isHeaded(section) ? headingLabel(level, next++) : '';
    return [{ section, level, label, path: here }, ...numberSections(section.children, 1, level + 1, here)];
  });
}
