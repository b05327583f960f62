import type { TSourceLine } from './docx-lines';
import { isFurniture, isMetadata, metadataDate } from './furniture';
import { sourceHeading } from './heading-level';

/** A section of the source as found: its heading as printed, its text, its subsections. */
export type TSourceSection = { source: string; heading: string; body: string[]; children: TSourceSection[] };

export type TParsedSource = {
  title: string | null;
  recipient: string | null;
  signature: string | null;
  date: string | null;
  opening: string[];
  sections: TSourceSection[];
  /** Web-page furniture, by line number, so one can be brought back. */
  dropped: Array<{ line: number; text: string }>;
};

const DATE_LINE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const TITLE = /报告$|法治政府建设.{0,12}(?:情况|工作|年度)/;
const UNIT_LINE = /(?:政府|办事处|委员会|街道|镇|乡|局|办公室|中心)$/;
const MAX_DEPTH = 4;
// Full stops and spaces that end a heading. Matched only from the start of a run: tried from every
// position, a long run that does not end the line was read to its end once per character.
const TRAILING_STOPS = /(?<![。\s])[。\s]+$/;

function isoDate(m: RegExpExecArray): string {
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

/**
 * The structure of last year's report from its paragraphs: web furniture dropped, the disclosure table's
 * date kept, the title, recipient, opening, the heading tree (hand-numbered, or levels from the file),
 * and the signature and date at the end. `keep` lists line numbers the clerk brought back.
 */
export function parseSource(input: TSourceLine[], keep: ReadonlySet<number> = new Set()): TParsedSource {
  const dropped: TParsedSource['dropped'] = [];
  let metaDate: string | null = null;
  const lines: Array<TSourceLine & { line: number }> = [];
  input.forEach((l, line) => {
    const text = l.text.replace(/[\s\u3000]+/g, ' ').trim();
    if (!text) return;
    if (!keep.has(line) && isFurniture(text)) return void dropped.push({ line, text });
    if (isMetadata(text)) return void (metaDate ??= metadataDate(text));
    lines.push({ ...l, text, line });
  });

  // The sign-off: a date line at the end, and the issuing body on the line above it.
  let end = lines.length;
  let date: string | null = null;
  let signature: string | null = null;
  const last = lines[end - 1];
  const dated = last ? DATE_LINE.exec(last.text) : null;
  if (dated) {
    date = isoDate(dated);
    end -= 1;
    const above = lines[end - 1];
    if (above && above.text.length <= 40 && !/[，。；：,]/.test(above.text) && UNIT_LINE.test(above.text)) {
      signature = above.text;
      end -= 1;
    }
  }

  const headings = lines.slice(0, end).map((l) => sourceHeading(l.text, l.level));
  const firstHeading = headings.findIndex((h) => h !== null);
  const front = lines.slice(0, firstHeading < 0 ? end : firstHeading);
  const titleAt = front.findIndex((l) => l.text.length <= 80 && TITLE.test(l.text) && !/如下[：:。]?$/.test(l.text));
  const recipientAt = front.findIndex((l, i) => i !== titleAt && l.text.length <= 40 && /[：:]$/.test(l.text) && !/如下[：:]$/.test(l.text));
  const opening = front.filter((_, i) => i !== titleAt && i !== recipientAt).map((l) => l.text);

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
    title: titleAt >= 0 ? front[titleAt]!.text : null,
    recipient: recipientAt >= 0 ? front[recipientAt]!.text.replace(/[：:]$/, '') : null,
    signature,
    date: date ?? metaDate,
    opening,
    sections,
    dropped,
  };
}
