import { extractTextItems, getDocumentProxy } from 'unpdf';
import type { TSourceLine } from './docx-lines';
import { ImportError } from './import-error';
import { IMPORT_LIMITS, TOO_MANY_PARAGRAPHS, TOO_MUCH_TEXT } from './limits';
import { ENCRYPTED, isEncrypted, pdfRefusal } from './pdf-prescan';

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

/** A PDF's text as paragraphs, within the import's limits; a clear message for a PDF that has none. */
export async function pdfLines(bytes: Uint8Array): Promise<TSourceLine[]> {
  const refusal = pdfRefusal(bytes);
  if (refusal) throw new ImportError(refusal, 413);
  let pages: TLine[][];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, stopAtErrors: true, verbosity: 0 });
    // PDF.js has asked for no password, but an encrypted file's streams could not be measured beforehand.
    if (isEncrypted(bytes)) throw new ImportError(ENCRYPTED, 415);
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
