import type { TTemplate } from '../template/schema';
import type { TPartKey } from '../report/part-keys';
import type { TSection } from '../report/schema';
import { newId } from '../report/new-id';
import { assignPart } from './assign-parts';
import type { TSourceLine } from './docx-lines';
import { parseSource, type TParsedSource, type TSourceSection } from './parse-source';

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

// A year, not the end of a range (2021—2025年).
const YEAR = /(?<![—–\-~～至到]\s*)(20\d{2})\s*年/;
// The subject of an opening sentence ("2021年，新华街道坚持……", "今年以来，县市场监管局以……", "根据……，2023年，
// 清波街道以……", "在区委的领导下，春江街道……"): a name ending with a unit's word, at the sentence's start,
// after a year, or after 以来 or 下 and a comma. The name is of name characters only, so a match cannot run past a punctuation mark.
const SUBJECT_AFTER = /(?:20\d{2}\s*年度?\s*[，,]?|(?:以来|下)\s*[，,])\s*/g;
const UNIT_NAME = /[\u4e00-\u9fa5]{2,30}?(?:人民政府|街道办事处|办事处|街道|镇|乡|局|委员会|办公室|中心)/y;
// Words that start a clause, not a name; 全 starts 全镇 but also 全南县.
const NOT_A_NAME = /^[我本该各是为在对把将以按根于]|^全.{1,2}$/;

function toSection(s: TSourceSection): TSection {
  return { id: newId(), heading: s.heading, body: s.body.join('\n'), children: s.children.map(toSection) };
}

function unitFromOpening(opening: string | undefined): string | null {
  const sentence = opening?.split('。', 1)[0] ?? '';
  const starts = [0, ...[...sentence.matchAll(SUBJECT_AFTER)].map((m) => m.index + m[0].length)];
  for (const at of starts) {
    UNIT_NAME.lastIndex = at;
    const name = UNIT_NAME.exec(sentence)?.[0];
    if (name && !NOT_A_NAME.test(name)) return name;
  }
  return null;
}

/** The issuing unit from the first place a report names it: its title, its signature, its opening
 * sentence, the disclosure table's 发布机构. */
function unitFrom(parsed: TParsedSource): string | null {
  const fromTitle = parsed.title ? /^(.+?)\s*(?:关于|(?:20\d{2})\s*年)/.exec(parsed.title)?.[1]?.trim() : undefined;
  return fromTitle || parsed.signature || unitFromOpening(parsed.opening[0]) || parsed.metadata.publisher;
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
    unit: unitFrom(parsed),
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
