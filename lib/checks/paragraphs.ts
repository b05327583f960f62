import type { TTemplate } from '../template/schema';
import type { TPartKey } from '../report/part-keys';
import type { TReport, TSection } from '../report/schema';
import type { TTextUnit } from './types';

function sectionUnits(part: TPartKey, sections: TSection[]): TTextUnit[] {
  return sections.flatMap((s) => [
    ...(s.heading.trim() ? [{ text: s.heading, place: { part, field: 'heading' as const, sectionId: s.id } }] : []),
    ...s.body.split('\n').flatMap((text, paragraph) => (text.trim() ? [{ text, place: { part, field: 'body' as const, sectionId: s.id, paragraph } }] : [])),
    ...sectionUnits(part, s.children),
  ]);
}

/** Every heading and paragraph of a part, in reading order, with its place. */
export function partUnits(report: TReport, part: TPartKey): TTextUnit[] {
  return sectionUnits(part, report.parts[part].sections);
}

/** The paragraphs of the opening (导语), with their places. */
export function openingUnits(report: TReport): TTextUnit[] {
  return report.opening.split('\n').map((text, paragraph) => ({ text, place: { part: null, field: 'opening', paragraph } }));
}

/** Every piece of text the report prints, in the template's order, with its place. */
export function reportUnits(report: TReport, template: TTemplate): TTextUnit[] {
  const units: TTextUnit[] = [
    { text: report.title, place: { part: null, field: 'title' } },
    { text: report.recipient, place: { part: null, field: 'recipient' } },
    ...openingUnits(report),
    ...template.parts.flatMap((p) => partUnits(report, p.key)),
    { text: report.signature, place: { part: null, field: 'signature' } },
  ];
  return units.filter((u) => u.text.trim() !== '');
}

/** The text of a part as one string, for rules that ask whether a part speaks of something at all. */
export function partText(report: TReport, part: TPartKey): string {
  return partUnits(report, part)
    .map((u) => u.text)
    .join('\n');
}
