import { documentBlocks, type TBlock } from '../report/document-blocks';
import type { TReport } from '../report/schema';
import type { TTemplate } from '../template/schema';

/** One line of the web version: the title, a heading one level below it, or a paragraph. */
export type TWebLine = { tag: 'h1' | 'h2' | 'h3' | 'h4' | 'p'; text: string };

const HEADING_TAGS = { 1: 'h2', 2: 'h3', 3: 'h4', 4: 'h4' } as const;

function lineOf(block: TBlock): TWebLine | null {
  switch (block.kind) {
    case 'title':
      return { tag: 'h1', text: block.lines.join('') };
    case 'heading':
      return { tag: HEADING_TAGS[block.level], text: block.text };
    case 'recipient':
    case 'body':
    case 'signature':
    case 'date':
      return { tag: 'p', text: block.text };
    // 版头, 版记, blank lines, page-number breaks, seal rows, 附注 and 附件 belong to the paper copy.
    default:
      return null;
  }
}

/**
 * The web version: the printed document's text in its order and numbering (documentBlocks), without
 * 版头, seal, 版记 or 附注 (the contact person and number are for the office the report goes to).
 */
export function webLines(report: TReport, template: TTemplate): TWebLine[] {
  // The 附件 is a table for the paper copy; online, its 附件说明 would name what is not there.
  const online: TReport = { ...report, masthead: false, seal: false, colophon: false, note: '', figuresAnnex: false };
  return documentBlocks(online, template)
    .map(lineOf)
    .filter((line): line is TWebLine => line !== null && line.text.trim() !== '')
    .map((line) => ({ ...line, text: line.text.trim() }));
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A semantic HTML fragment, one element a line, without styles. */
export function webHtml(lines: TWebLine[]): string {
  return lines.map((l) => `<${l.tag}>${escapeHtml(l.text)}</${l.tag}>\n`).join('');
}

/** Plain text, one line each. */
export function webText(lines: TWebLine[]): string {
  return lines.map((l) => `${l.text}\n`).join('');
}
