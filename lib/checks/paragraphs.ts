import type { TTemplate } from '../template/schema';
import type { TPartKey } from '../report/part-keys';
import type { TReport, TSection } from '../report/schema';
import type { TTextUnit } from './types';

// Pushed onto one list: an array per paragraph, spread into its section's and again into its parent's,
// was most of the time a body of tens of thousands of short lines took to check.
function sectionUnits(part: TPartKey, sections: TSection[], units: TTextUnit[] = []): TTextUnit[] {
  for (const s of sections) {
    if (s.heading.trim()) units.push({ text: s.heading, place: { part, field: 'heading', sectionId: s.id } });
    s.body.split('\n').forEach((text, paragraph) => {
      if (text.trim()) units.push({ text, place: { part, field: 'body', sectionId: s.id, paragraph } });
    });
    sectionUnits(part, s.children, units);
  }
  return units;
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
