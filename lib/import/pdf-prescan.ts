import { constants, inflateRawSync } from 'node:zlib';
import { IMPORT_LIMITS } from './limits';

export const TOO_DEEP = 'PDF 的结构嵌套过深，不像是正常的文件。请换一份文件，或从 PDF 中复制文字后粘贴。';
export const TOO_MUCH_DATA = 'PDF 中的压缩数据展开后过大，不像是一份年度报告。请换一份文件，或从 PDF 中复制文字后粘贴。';
export const UNUSUAL_FILTER = 'PDF 使用了不常见的压缩方式，无法安全读取。请换一份文件，或从 PDF 中复制文字后粘贴。';
export const ENCRYPTED = 'PDF 设置了加密（如禁止复制），无法安全读取其中的文字。请用未加密的文件，或从 PDF 中复制文字后粘贴。';
export const BROKEN_DATA = 'PDF 中的压缩数据已损坏，无法读取。请换一份文件，或从 PDF 中复制文字后粘贴。';

const LEFT_BRACKET = 0x5b;
const RIGHT_BRACKET = 0x5d;
const LESS = 0x3c;
const GREATER = 0x3e;
const LEFT_PAREN = 0x28;
const RIGHT_PAREN = 0x29;
const BACKSLASH = 0x5c;
const PERCENT = 0x25;
const LF = 0x0a;
const CR = 0x0d;
const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
// Filters PDF.js does not decode to read text (images), and the one it decodes that the scan measures.
const IMAGE_FILTERS = new Set(['DCTDecode', 'JPXDecode', 'CCITTFaxDecode', 'JBIG2Decode']);
const isSpace = (c: number | undefined) => c === 0x20 || c === LF || c === CR || c === 0x09 || c === 0x0c || c === 0x00;
const isDelimiter = (c: number | undefined) => c === undefined || isSpace(c) || '()<>[]{}/%'.includes(String.fromCharCode(c));

/** What the walk carries: the inflate budget left, and whether the file is encrypted (its streams' data
 * then cannot be read before PDF.js decrypts it: such data is not measured, and the caller refuses the
 * file unless PDF.js asks for a password first). */
type TScan = { left: number; encrypted: boolean };

/** The filter names of a stream's dictionary (/Filter /FlateDecode or /Filter [/A /B]). */
function filtersOf(dict: string): string[] {
  const value = /\/Filter\s*(\/[A-Za-z0-9]+|\[[^\]]*\])/.exec(dict)?.[1] ?? '';
  return [...value.matchAll(/\/([A-Za-z0-9]+)/g)].map((m) => m[1]!);
}

/** Where a stream's data ends, as far as a reader could take it: its direct /Length, or the first
 * endstream, whichever is further. */
function dataEnd(file: Buffer, dict: string, start: number): { end: number; resume: number } {
  const first = file.indexOf(END_STREAM, start);
  const length = /\/Length\s+(\d{1,10})(?!\s+\d+\s+R)/.exec(dict)?.[1];
  const byLength = length === undefined ? -1 : Math.min(file.length, start + Number(length));
  const end = Math.max(first < 0 ? file.length : first, byLength);
  return { end, resume: first < 0 ? file.length : first + END_STREAM.length };
}

/**
 * Walks PDF syntax once: strings, hex strings and comments are skipped, arrays and dictionaries counted
 * for depth, and each stream (the keyword `stream` right after a dictionary) is measured: its inflated
 * size counts against the budget, and its decoded content (page operators, object streams) is walked
 * the same way, since PDF.js parses it too. Returns the reason to refuse, or null.
 */
function walk(file: Buffer, scan: TScan, allowStreams: boolean): string | null {
  let depth = 0;
  const dicts: number[] = [];
  let lastDict: { start: number; end: number } | null = null;
  for (let at = 0; at < file.length; ) {
    const c = file[at];
    if (c === PERCENT) {
      while (at < file.length && file[at] !== LF && file[at] !== CR) at += 1;
    } else if (c === LEFT_PAREN) {
      at += 1;
      for (let open = 1; open > 0 && at < file.length; at += 1) {
        if (file[at] === BACKSLASH) at += 1;
        else if (file[at] === LEFT_PAREN) open += 1;
        else if (file[at] === RIGHT_PAREN) open -= 1;
      }
      continue;
    } else if (c === LESS && file[at + 1] === LESS) {
      dicts.push(at);
      if ((depth += 1) > IMPORT_LIMITS.pdfDepth) return TOO_DEEP;
      at += 2;
      continue;
    } else if (c === LESS) {
      const close = file.indexOf(GREATER, at + 1);
      at = close < 0 ? file.length : close + 1;
      continue;
    } else if (c === GREATER && file[at + 1] === GREATER) {
      lastDict = { start: dicts.pop() ?? at, end: at + 2 };
      depth = Math.max(0, depth - 1);
      at += 2;
      continue;
    } else if (c === LEFT_BRACKET) {
      if ((depth += 1) > IMPORT_LIMITS.pdfDepth) return TOO_DEEP;
    } else if (c === RIGHT_BRACKET) {
      depth = Math.max(0, depth - 1);
    } else if (allowStreams && lastDict && c === STREAM[0] && file.subarray(at, at + STREAM.length).equals(STREAM) && isDelimiter(file[at + STREAM.length]) && isDelimiter(file[at - 1])) {
      let gap = lastDict.end;
      while (gap < at && isSpace(file[gap])) gap += 1;
      if (gap === at) {
        const refusal = measureStream(file, lastDict, at + STREAM.length, scan);
        if (typeof refusal === 'string') return refusal;
        at = refusal;
        lastDict = null;
        continue;
      }
    }
    at += 1;
  }
  return null;
}

/** One stream: refused for an unusual filter, broken or over-budget data, or deep content; otherwise
 * where the walk goes on. */
function measureStream(file: Buffer, dictAt: { start: number; end: number }, afterKeyword: number, scan: TScan): string | number {
  let start = afterKeyword;
  if (file[start] === CR) start += 1;
  if (file[start] === LF) start += 1;
  const dict = file.toString('latin1', dictAt.start, dictAt.end);
  const { end, resume } = dataEnd(file, dict, start);
  // An image is not decoded to read text: neither measured nor walked.
  if (/\/Subtype\s*\/Image\b/.test(dict)) return resume;
  const filters = filtersOf(dict);
  let content: Buffer;
  if (filters.length === 0) {
    if (scan.encrypted) return resume;
    content = file.subarray(start, end);
  }
  else if (filters.length === 1 && IMAGE_FILTERS.has(filters[0]!)) return resume;
  else if (filters.length === 1 && filters[0] === 'FlateDecode') {
    try {
      // Raw inflate after the two-byte zlib header: a reader ignores a wrong checksum, and so does the scan.
      content = inflateRawSync(file.subarray(start + 2, end), { maxOutputLength: scan.left + 1, finishFlush: constants.Z_SYNC_FLUSH });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return TOO_MUCH_DATA;
      return scan.encrypted ? resume : BROKEN_DATA;
    }
    if ((scan.left -= content.length) < 0) return TOO_MUCH_DATA;
  } else return UNUSUAL_FILTER;
  // Page content, forms and object streams are PDF syntax that PDF.js parses: walked for depth (an object
  // stream holds streams' dictionaries but not their data). Fonts, cross-reference and metadata streams
  // are binary or another syntax: measured only.
  const binary = /\/Length[123]\b|\/Subtype\s*\/(?!Form\b)|\/Type\s*\/(?:XRef|Metadata|EmbeddedFile)\b/.test(dict);
  return (binary ? null : walk(content, scan, false)) ?? resume;
}

/** Why a PDF must not reach PDF.js, or null: nesting deeper than any real report's, streams that inflate
 * past the import's budget (PDF.js would inflate them in memory outside the worker's heap limit), filters
 * the scan cannot measure, and broken compressed data. One pass over the file and each stream's content. */
export function pdfRefusal(bytes: Uint8Array): string | null {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  return walk(file, { left: IMPORT_LIMITS.pdfInflatedBytes, encrypted: isEncrypted(bytes) }, true);
}

/** Whether the file names an /Encrypt dictionary: its streams are encrypted, with a password or without. */
export function isEncrypted(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes('/Encrypt');
}
