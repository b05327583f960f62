import type { TTemplate } from '../template/schema';
import { carriesFigure, sentencesOf } from './carried-over';
import { proposeTitle } from './new-report';
import { PART_KEYS } from './part-keys';
import type { TFigures, TReport, TSection } from './schema';

function sectionsText(sections: TSection[]): string {
  return sections.map((s) => [s.heading, s.body, sectionsText(s.children)].filter((t) => t.trim()).join('\n')).join('\n');
}

function allText(report: TReport): string[] {
  const walk = (sections: TSection[]): string[] => sections.flatMap((s) => [s.heading, s.body, ...walk(s.children)]);
  return [report.opening, ...PART_KEYS.flatMap((k) => walk(report.parts[k].sections))];
}

/** Last year's table as this year's: each figure last year gave becomes 去年, this year's still to be set. */
function carriedFigures(last: TFigures): TFigures {
  return Object.fromEntries(
    Object.entries(last).flatMap(([key, f]) => (f.value === null ? [] : [[key, { value: null, lastYear: f.value, confirmed: false }]])),
  );
}

/**
 * This year's draft from last year's report: the year moved on by one, the title renewed and the dates
 * and 发文字号 cleared, last year's text as the starting content with every sentence that names a figure or a year
 * marked 待更新, last year's text of each part kept beside the editor for reference, and last year's
 * 主要数据 as this year's 去年 column.
 */
export function rollForward(last: TReport, template: TTemplate): TReport {
  const year = last.year + 1;
  const renewed = last.title.includes(`${last.year}年`) ? last.title.replaceAll(`${last.year}年`, `${year}年`) : proposeTitle({ ...last, year }, template);
  const carriedOver = [...new Set(allText(last).flatMap(sentencesOf).filter(carriesFigure))];
  return {
    ...last,
    year,
    title: renewed,
    titleLines: undefined,
    date: '',
    // Last year's 发文字号 and 印发日期 belong to last year's document.
    docNumber: '',
    printDate: '',
    dismissals: undefined,
    carriedOver,
    figures: carriedFigures(last.figures),
    parts: Object.fromEntries(PART_KEYS.map((k) => [k, { ...last.parts[k], done: false }])) as TReport['parts'],
    reference: {
      year: last.year,
      parts: Object.fromEntries(PART_KEYS.map((k) => [k, last.parts[k].none ? '无' : sectionsText(last.parts[k].sections)])) as Record<(typeof PART_KEYS)[number], string>,
    },
  };
}
