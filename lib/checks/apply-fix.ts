import { toFullWidthPunctuation } from '../report/punctuation';
import type { TReport, TSection } from '../report/schema';
import type { TPlace } from './types';

function mapSection(sections: TSection[], id: string, change: (s: TSection) => TSection): TSection[] {
  return sections.map((s) => (s.id === id ? change(s) : { ...s, children: mapSection(s.children, id, change) }));
}

function fixLine(text: string, paragraph: number | undefined): string {
  if (paragraph === undefined) return toFullWidthPunctuation(text);
  return text
    .split('\n')
    .map((line, i) => (i === paragraph ? toFullWidthPunctuation(line) : line))
    .join('\n');
}

/** The one-click fix of a punctuation finding: that heading or paragraph, and nothing else, made full-width. */
export function applyPunctuationFix(report: TReport, place: TPlace): TReport {
  if (place.part && place.sectionId) {
    const key = place.part;
    const field = place.field === 'heading' ? 'heading' : 'body';
    const sections = mapSection(report.parts[key].sections, place.sectionId, (s) => ({ ...s, [field]: fixLine(s[field], place.paragraph) }));
    return { ...report, parts: { ...report.parts, [key]: { ...report.parts[key], sections } } };
  }
  switch (place.field) {
    case 'title':
    case 'recipient':
    case 'signature':
      return { ...report, [place.field]: toFullWidthPunctuation(report[place.field]) };
    case 'opening':
      return { ...report, opening: fixLine(report.opening, place.paragraph) };
    default:
      return report;
  }
}
