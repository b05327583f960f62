import { constants, inflateSync } from 'node:zlib';
import { extractTextItems, getDocumentProxy } from 'unpdf';
import type { TSourceLine } from './docx-lines';
import { ImportError } from './import-error';
import { IMPORT_LIMITS, TOO_MANY_PARAGRAPHS, TOO_MUCH_TEXT } from './limits';

type TItem = { str: string; x: number; y: number; width: number; fontSize: number; hasEOL: boolean };
type TLine = { text: string; x: number; right: number; y: number; size: number; page: number };

// Page numbers as 公文 and other documents print them: — 3 —, -3-, 3, 第3页, 第3页 共9页.
const PAGE_NUMBER = /^(?:[—–\-－]\s*\d{1,4}\s*[—–\-－]|\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;
// A space a PDF puts between a figure and a Chinese character (2025 年) is spacing, not a word break.
const SPACE_BESIDE_CHINESE = /(?<=[\u3400-\u9fff，。、；：？！（）《》“”]) +| +(?=[\u3400-\u9fff，。、；：？！（）《》“”])/g;

/** The text lines of a page, top to bottom: items on one baseline (within a third of their size) joined
 * left to right. */
function pageLines(items: TItem[], page: number): TLine[] {
  const rows: TItem[][] = [];
  for (const item of [...items].filter((i) => i.str !== '').sort((a, b) => b.y - a.y || a.x - b.x)) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.y - item.y) <= row[0]!.fontSize / 3) row.push(item);
    else rows.push([item]);
  }
  return rows
    .map((row) => row.sort((a, b) => a.x - b.x))
    .map((row) => ({
      text: row.map((i) => i.str).join('').replace(SPACE_BESIDE_CHINESE, '').trim(),
      x: row[0]!.x,
      right: Math.max(...row.map((i) => i.x + i.width)),
      y: row[0]!.y,
      size: Math.round(Math.max(...row.map((i) => i.fontSize))),
      page,
    }))
    .filter((l) => l.text !== '');
}

/** Lines that stand at a page's top or foot on most pages (a running header, a page number). */
function furnitureLines(pages: TLine[][]): Set<string> {
  const seen = new Map<string, number>();
  for (const lines of pages) for (const text of new Set([lines[0]?.text, lines.at(-1)?.text])) if (text) seen.set(text, (seen.get(text) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => pages.length >= 3 && n >= pages.length / 2).map(([text]) => text));
}

/**
 * The paragraphs of a text PDF rebuilt from the positions of its text: a line that starts indented, follows
 * a short line, changes size or stands apart starts a paragraph; otherwise it continues the one before,
 * across a page break too. Page numbers and running headers are left out.
 */
function paragraphs(pages: TLine[][]): string[] {
  const repeated = furnitureLines(pages);
  const lines = pages.flat().filter((l) => !PAGE_NUMBER.test(l.text) && !repeated.has(l.text));
  const sizes = new Map<number, number>();
  for (const l of lines) sizes.set(l.size, (sizes.get(l.size) ?? 0) + l.text.length);
  const body = [...sizes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 16;
  const left = Math.min(...lines.filter((l) => l.size === body).map((l) => l.x));
  const right = Math.max(...lines.filter((l) => l.size === body).map((l) => l.right));
  const out: string[] = [];
  let previous: TLine | undefined;
  for (const line of lines) {
    const startsParagraph =
      !previous ||
      line.x > left + line.size * 1.5 ||
      previous.right < right - previous.size * 2 ||
      line.size !== previous.size ||
      (line.page === previous.page && previous.y - line.y > line.size * 2.6);
    // Title lines (larger than the body, one after another) are one paragraph however they are centred.
    const titleGoesOn = previous && line.size > body && line.size === previous.size && line.page === previous.page && previous.y - line.y <= line.size * 2;
    if (startsParagraph && !titleGoesOn) out.push(line.text);
    else out[out.length - 1] += line.text;
    previous = line;
  }
  return out;
}

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');

/**
 * Whether every compressed stream of the file inflates within the import's budget, all together. PDF.js
 * would inflate a page's content in full, in memory outside the worker's heap limit: a 10 MB upload of
 * deflated blanks is many gigabytes. Truncated streams are inflated as far as they go, as PDF.js does.
 */
function inflatesWithinBudget(bytes: Uint8Array): boolean {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let left = IMPORT_LIMITS.pdfInflatedBytes;
  for (let at = file.indexOf(STREAM); at >= 0; at = file.indexOf(STREAM, at + STREAM.length)) {
    let start = at + STREAM.length;
    if (file[start] === 0x0d) start += 1;
    if (file[start] === 0x0a) start += 1;
    const end = file.indexOf(END_STREAM, start);
    if (end < 0) break;
    try {
      left -= inflateSync(file.subarray(start, end), { maxOutputLength: left + 1, finishFlush: constants.Z_SYNC_FLUSH }).length;
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return false;
    }
    if (left < 0) return false;
    at = end;
  }
  return true;
}

const [OPEN_ARRAY, CLOSE_ARRAY, LESS, GREATER, OPEN_STRING, CLOSE_STRING, BACKSLASH, PERCENT, NEWLINE, RETURN] = [...'[]<>()\\%\n\r'].map((c) => c.charCodeAt(0));

/**
 * Whether the file's arrays and dictionaries nest no deeper than a real PDF's, read in one pass outside
 * strings, comments and streams. PDF.js builds a nested object for each level: a few megabytes of
 * brackets fill the worker's heap, and a worker that keeps running out of memory can take the server
 * down with it.
 */
function nestsWithinLimit(bytes: Uint8Array): boolean {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let depth = 0;
  let nextStream = file.indexOf(STREAM);
  for (let at = 0; at < file.length; at += 1) {
    if (at === nextStream) {
      const end = file.indexOf(END_STREAM, at + STREAM.length);
      if (end < 0) break;
      at = end + END_STREAM.length - 1;
      nextStream = file.indexOf(STREAM, at + 1);
      continue;
    }
    const c = file[at];
    if (c === PERCENT) {
      while (at < file.length && file[at] !== NEWLINE && file[at] !== RETURN) at += 1;
    } else if (c === OPEN_STRING) {
      for (let open = 1; open > 0 && at < file.length - 1; ) {
        at += 1;
        if (file[at] === BACKSLASH) at += 1;
        else if (file[at] === OPEN_STRING) open += 1;
        else if (file[at] === CLOSE_STRING) open -= 1;
      }
    } else if (c === OPEN_ARRAY || (c === LESS && file[at + 1] === LESS)) {
      depth += 1;
      if (depth > IMPORT_LIMITS.pdfDepth) return false;
      if (c === LESS) at += 1;
    } else if (c === CLOSE_ARRAY || (c === GREATER && file[at + 1] === GREATER)) {
      depth = Math.max(0, depth - 1);
      if (c === GREATER) at += 1;
    }
  }
  return true;
}

/** A PDF's text as paragraphs, within the import's limits; a clear message for a PDF that has none. */
export async function pdfLines(bytes: Uint8Array): Promise<TSourceLine[]> {
  if (!nestsWithinLimit(bytes)) throw new ImportError('PDF 的结构嵌套过深，不像是正常的文件。请换一份文件，或从 PDF 中复制文字后粘贴。', 413);
  if (!inflatesWithinBudget(bytes)) throw new ImportError('PDF 中的压缩数据展开后过大，不像是一份年度报告。请换一份文件，或从 PDF 中复制文字后粘贴。', 413);
  let pages: TLine[][];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, stopAtErrors: true, verbosity: 0 });
    if (pdf.numPages > IMPORT_LIMITS.pdfPages) throw new ImportError(`PDF 超过 ${IMPORT_LIMITS.pdfPages} 页，不像是一份年度报告。请只上传报告本身。`, 413);
    const { items } = await extractTextItems(pdf);
    pages = items.map((pageItems, i) => pageLines(pageItems, i));
  } catch (error) {
    if (error instanceof ImportError) throw error;
    if ((error as { name?: string }).name === 'PasswordException') throw new ImportError('PDF 有密码保护，无法读取。请用不带密码的文件，或从 PDF 中复制文字后粘贴。');
    throw new ImportError('无法读取这个 PDF 文件，它可能已损坏。请换一份文件，或从 PDF 中复制文字后粘贴。');
  }
  const chars = pages.flat().reduce((n, l) => n + l.text.length, 0);
  if (chars < IMPORT_LIMITS.pdfMinChars) {
    throw new ImportError('这个 PDF 里没有文字层，看起来是扫描件或图片，无法读取其中的文字。请上传 Word 文件，或用文字版的 PDF。', 415);
  }
  if (chars > IMPORT_LIMITS.textChars) throw new ImportError(TOO_MUCH_TEXT, 413);
  const found = paragraphs(pages);
  if (found.length > IMPORT_LIMITS.paragraphs) throw new ImportError(TOO_MANY_PARAGRAPHS, 413);
  return found.map((text) => ({ text }));
}
