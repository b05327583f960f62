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

export type TFactKey = keyof TImportFacts;

/** Where each fact was found, in words for the clerk (and `cli import --explain`); null when not found. */
export type TFactSources = Record<TFactKey, string | null>;

/** What an import proposes, for the clerk to review: the facts found and where, and each top-level section with
 * the part it is assigned to and why, and whether its heading names that part itself (一、2025年推进法治
 * 政府建设的主要举措和成效) rather than a topic within it. */
export type TImportProposal = TImportFacts & {
  sources: TFactSources;
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

type TFound<T> = { value: T; source: string } | null;

/** The first of the places a fact may be found that holds it. */
function firstFound<T>(...places: Array<[T | null | undefined, string]>): TFound<T> {
  const hit = places.find(([value]) => value !== null && value !== undefined && value !== '');
  return hit ? { value: hit[0] as T, source: hit[1] } : null;
}

/** The issuing unit from the first place a report names it: its title, its signature, its opening
 * sentence, the disclosure table's 发布机构. */
function unitFrom(parsed: TParsedSource, title: string | null): TFound<string> {
  return firstFound(
    [title ? /^(.+?)\s*(?:关于|(?:20\d{2})\s*年)/.exec(title)?.[1]?.trim() : null, '标题开头'],
    [parsed.signature, '文末落款'],
    [unitFromOpening(parsed.opening[0]), '开头第一句'],
    [parsed.metadata.publisher, '网页信息表的“发布机构”'],
  );
}

function yearFrom(title: string | null, sections: TSourceSection[], opening: string[], date: string | null): TFound<number> {
  const inText = (text: string | null | undefined) => (text ? Number(YEAR.exec(text)?.[1]) || null : null);
  return firstFound(
    [inText(title), '标题中的年份'],
    [inText(opening[0]), '开头第一段中的年份'],
    [sections.map((s) => inText(s.source)).find(Boolean), '一级标题中的年份'],
    [date ? Number(date.slice(0, 4)) - 1 : null, '成文日期的上一年'],
  );
}

/** Reads the structure of last year's report and assigns its sections to the five parts. */
export function proposeImport(lines: TSourceLine[], template: TTemplate, keep: ReadonlySet<number> = new Set()): TImportProposal {
  const parsed = parseSource(lines, keep);
  const title = firstFound([parsed.title, '正文前的标题行'], [parsed.metadata.title, '网页信息表的“标题”']);
  const date = firstFound([parsed.date, '文末落款的日期'], [parsed.metadata.date, '网页信息表的“成文日期”']);
  const year = yearFrom(title?.value ?? null, parsed.sections, parsed.opening, date?.value ?? null);
  const unit = unitFrom(parsed, title?.value ?? null);
  const recipient = firstFound([parsed.recipient, '标题下以冒号结尾的一行']);
  const signature = firstFound([parsed.signature, '日期上方的一行']);
  const found = { unit, year, title, recipient, signature, date };
  return {
    unit: unit?.value ?? null,
    year: year?.value ?? null,
    title: title?.value ?? null,
    recipient: recipient?.value ?? null,
    signature: signature?.value ?? null,
    date: date?.value ?? null,
    sources: Object.fromEntries(Object.entries(found).map(([k, f]) => [k, f?.source ?? null])) as TFactSources,
    opening: parsed.opening.join('\n'),
    sections: parsed.sections.map((s) => ({ source: s.source, ...assignPart(s.heading, year?.value ?? null, template), section: toSection(s) })),
    dropped: parsed.dropped,
    lines,
  };
}
