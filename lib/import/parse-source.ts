import type { TSourceLine } from './docx-lines';
import { isFurniture, isMetadata, metadataOf, type TMetadata } from './furniture';
import { sourceHeading } from './heading-level';

/** A section of the source as found: its heading as printed, its text, its subsections. */
export type TSourceSection = { source: string; heading: string; body: string[]; children: TSourceSection[] };

/** What the report's own text says; the information table's word stands in `metadata`. */
export type TParsedSource = {
  title: string | null;
  recipient: string | null;
  signature: string | null;
  date: string | null;
  opening: string[];
  /** What the disclosure page's information table says (成文日期, 发布机构, 标题). */
  metadata: TMetadata;
  sections: TSourceSection[];
  /** Web-page furniture, by line number, so one can be brought back. */
  dropped: Array<{ line: number; text: string }>;
};

const DATE_LINE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const CHINESE_DATE_LINE = /^([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日$/;
const TITLE = /报告$|法治政府建设.{0,12}(?:情况|工作|年度)/;
const UNIT_LINE = /(?:政府|办事处|委员会|街道|镇|乡|局|办公室|中心)$/;
const MAX_DEPTH = 4;
// How far from the end the sign-off's date is looked for: a page may put a few lines of its own after it.
const SIGN_OFF_WINDOW = 6;
const TRAILER_MAX = 40;
// Full stops and spaces that end a heading. Matched only from the start of a run: tried from every
// position, a long run that does not end the line was read to its end once per character.
const TRAILING_STOPS = /(?<![。\s])[。\s]+$/;

const DIGIT: Record<string, number> = Object.fromEntries([...'〇一二三四五六七八九'].map((c, i): [string, number] => [c, i]).concat([['○', 0], ['零', 0]]));

/** 十二 → 12, 二十一 → 21, 三十 → 30: the numbers of a month or a day. */
function chineseNumber(text: string): number {
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  return (text.includes('十') ? (tens ? DIGIT[tens]! : 1) * 10 : 0) + (ones ? DIGIT[ones]! : 0);
}

/** A sign-off date line as YYYY-MM-DD, in Arabic (2024年3月4日) or Chinese numerals (二〇二四年三月四日). */
function dateOf(text: string): string | null {
  const pad = (n: number | string) => String(n).padStart(2, '0');
  const arabic = DATE_LINE.exec(text);
  if (arabic) return `${arabic[1]}-${pad(arabic[2]!)}-${pad(arabic[3]!)}`;
  const chinese = CHINESE_DATE_LINE.exec(text);
  if (!chinese) return null;
  const month = chineseNumber(chinese[2]!);
  const day = chineseNumber(chinese[3]!);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${[...chinese[1]!].map((c) => DIGIT[c]).join('')}-${pad(month)}-${pad(day)}` : null;
}

const isUnitLine = (text: string) => text.length <= 40 && !/[，。；：,:;]/.test(text) && UNIT_LINE.test(text);
const isTitleLine = (text: string) => text.length <= 80 && TITLE.test(text) && !/如下[：:。]?$/.test(text);
// Where the title block ends: the recipient line, or the first line that reads as a paragraph.
const endsTitleBlock = (text: string) => text.length > 80 || /[。；;]$|[：:]$/.test(text);

/**
 * The structure of last year's report from its paragraphs: web furniture dropped, the disclosure table's
 * date kept, the title, recipient, opening, the heading tree (hand-numbered, or levels from the file),
 * and the signature and date at the end. `keep` lists line numbers the clerk brought back.
 */
export function parseSource(input: TSourceLine[], keep: ReadonlySet<number> = new Set()): TParsedSource {
  const dropped: TParsedSource['dropped'] = [];
  const metadata: TMetadata = { date: null, publisher: null, title: null };
  const lines: Array<TSourceLine & { line: number }> = [];
  input.forEach((l, line) => {
    const text = l.text.replace(/[\s\u3000]+/g, ' ').trim();
    if (!text) return;
    if (!keep.has(line) && isFurniture(text)) return void dropped.push({ line, text });
    if (isMetadata(text)) {
      const found = metadataOf(text);
      metadata.date ??= found.date;
      metadata.publisher ??= found.publisher;
      metadata.title ??= found.title;
      return;
    }
    lines.push({ ...l, text, line });
  });

  // The sign-off: a date line near the end, and the issuing body on the line above it. Short lines a web
  // page put after the date (相关新闻, a share bar) are dropped; one the clerk brought back joins the text.
  let end = lines.length;
  let date: string | null = null;
  let signature: string | null = null;
  const dateAt = lines.findLastIndex((l, i) => i >= lines.length - SIGN_OFF_WINDOW && dateOf(l.text) !== null);
  const trailer = dateAt >= 0 ? lines.slice(dateAt + 1) : [];
  if (dateAt >= 0 && trailer.every((l) => l.text.length <= TRAILER_MAX && sourceHeading(l.text, l.level) === null)) {
    date = dateOf(lines[dateAt]!.text);
    for (const l of trailer) if (!keep.has(l.line)) dropped.push({ line: l.line, text: l.text });
    const kept = trailer.filter((l) => keep.has(l.line));
    lines.splice(dateAt + 1);
    end = dateAt;
    const above = lines[end - 1];
    if (above && isUnitLine(above.text)) {
      signature = above.text;
      end -= 1;
    }
    lines.splice(end, 0, ...kept);
    end += kept.length;
  }

  const headings = lines.slice(0, end).map((l) => sourceHeading(l.text, l.level));
  const firstHeading = headings.findIndex((h) => h !== null);
  const front = lines.slice(0, firstHeading < 0 ? end : firstHeading);
  // The title is the last title-like line of the block before the opening: a page's own headline may
  // come before the document's title. A unit's name on the line above a title that starts with 关于 is
  // the title's first line. Lines before the title are the page's, not the report's.
  const blockEnd = front.findIndex((l) => endsTitleBlock(l.text));
  const titleAt = front.findLastIndex((l, i) => (blockEnd < 0 || i < blockEnd) && isTitleLine(l.text));
  const split = titleAt > 0 && front[titleAt]!.text.startsWith('关于') && isUnitLine(front[titleAt - 1]!.text);
  const titleStart = split ? titleAt - 1 : titleAt;
  const title = titleAt < 0 ? null : (split ? front[titleAt - 1]!.text : '') + front[titleAt]!.text;
  for (const l of front.slice(0, Math.max(titleStart, 0))) {
    if (l.text !== title && !keep.has(l.line)) dropped.push({ line: l.line, text: l.text });
  }
  // A line before the title that the clerk brought back stays where it stood: before the rest.
  const rest = front.slice(0, Math.max(titleStart, 0)).filter((l) => keep.has(l.line)).concat(front.slice(titleAt + 1));
  const recipientAt = rest.findIndex((l) => l.text.length <= 40 && /[：:]$/.test(l.text) && !/如下[：:]$/.test(l.text));
  const opening = rest.filter((_, i) => i !== recipientAt).map((l) => l.text);
  dropped.sort((a, b) => a.line - b.line);

  // A heading nests under the nearest heading of a higher level before it, so a report that skips a
  // level (一、 then 1.) still nests correctly; the outline keeps at most four levels.
  const sections: TSourceSection[] = [];
  const stack: Array<{ level: number; section: TSourceSection }> = [];
  lines.slice(front.length, end).forEach((l, i) => {
    const h = headings[front.length + i];
    if (!h) return void stack.at(-1)?.section.body.push(l.text);
    const section: TSourceSection = { source: l.text.slice(0, l.text.length - h.rest.length).replace(TRAILING_STOPS, ''), heading: h.heading, body: h.rest ? [h.rest] : [], children: [] };
    while (stack.length > 0 && (stack.at(-1)!.level >= h.level || stack.length >= MAX_DEPTH)) stack.pop();
    (stack.at(-1)?.section.children ?? sections).push(section);
    stack.push({ level: h.level, section });
  });

  return {
    title,
    recipient: recipientAt >= 0 ? rest[recipientAt]!.text.replace(/[：:]$/, '') : null,
    signature,
    date,
    opening,
    metadata,
    sections,
    dropped,
  };
}
