import type { TTemplate } from '../template/schema';
import type { TPartKey } from '../report/part-keys';
import type { TSection } from '../report/schema';
import { newId } from '../report/new-id';
import { assignPart } from './assign-parts';
import type { TSourceLine } from './docx-lines';
import { parseSource, type TSourceSection } from './parse-source';

/** The facts an import finds about last year's report; null where the source does not say. */
export type TImportFacts = {
  unit: string | null;
  year: number | null;
  title: string | null;
  recipient: string | null;
  signature: string | null;
  date: string | null;
};

/** What an import proposes, for the clerk to review: the facts found, and each top-level section with
 * the part it is assigned to and why, and whether its heading names that part itself (一、2025年推进法治
 * 政府建设的主要举措和成效) rather than a topic within it. */
export type TImportProposal = TImportFacts & {
  opening: string;
  sections: Array<{ source: string; part: TPartKey; reason: string; namesPart: boolean; section: TSection }>;
  dropped: Array<{ line: number; text: string }>;
  lines: TSourceLine[];
};

const YEAR = /(20\d{2})\s*年/;

function toSection(s: TSourceSection): TSection {
  return { id: newId(), heading: s.heading, body: s.body.join('\n'), children: s.children.map(toSection) };
}

function unitFrom(title: string | null, signature: string | null): string | null {
  const fromTitle = title ? /^(.+?)\s*(?:关于|(?:20\d{2})\s*年)/.exec(title)?.[1]?.trim() : undefined;
  return fromTitle || signature || null;
}

function yearFrom(title: string | null, sections: TSourceSection[], opening: string[], date: string | null): number | null {
  const found = [title ?? '', opening[0] ?? '', ...sections.map((s) => s.source)].map((t) => YEAR.exec(t)?.[1]).find(Boolean);
  if (found) return Number(found);
  return date ? Number(date.slice(0, 4)) - 1 : null;
}

/** Reads the structure of last year's report and assigns its sections to the five parts. */
export function proposeImport(lines: TSourceLine[], template: TTemplate, keep: ReadonlySet<number> = new Set()): TImportProposal {
  const parsed = parseSource(lines, keep);
  const year = yearFrom(parsed.title, parsed.sections, parsed.opening, parsed.date);
  return {
    unit: unitFrom(parsed.title, parsed.signature),
    year,
    title: parsed.title,
    recipient: parsed.recipient,
    signature: parsed.signature,
    date: parsed.date,
    opening: parsed.opening.join('\n'),
    sections: parsed.sections.map((s) => ({ source: s.source, ...assignPart(s.heading, year, template), section: toSection(s) })),
    dropped: parsed.dropped,
    lines,
  };
}
