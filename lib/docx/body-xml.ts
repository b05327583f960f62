import type { TBlock } from '../report/document-blocks';
import { CHAR } from './geometry';
import { HEADING_STYLES, STYLE } from './styles';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeText = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const run = (text: string, lineBreak = false) => `<w:r>${lineBreak ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeText(text)}</w:t></w:r>`;

// Widow control is off on every paragraph (styles cannot carry it in the docx library): with it on, Word
// and LibreOffice end pages a line short and a full page no longer holds 22 lines.
function paragraph(style: string, runs: string, extra = ''): string {
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/><w:widowControl w:val="false"/>${extra}</w:pPr>${runs}</w:p>`;
}

const rightIndent = (chars: number) => `<w:ind w:right="${Math.round(chars * CHAR)}"/>`;

function paragraphXml(block: TBlock): string {
  switch (block.kind) {
    case 'title':
      return paragraph(STYLE.title, block.lines.map((line, i) => run(line, i > 0)).join(''), '<w:jc w:val="center"/>');
    case 'blank':
      return paragraph(STYLE.body, '');
    case 'recipient':
      return paragraph(STYLE.recipient, block.text ? run(block.text) : '');
    case 'body':
      return paragraph(STYLE.body, block.text ? run(block.text) : '');
    case 'heading':
      return paragraph(HEADING_STYLES[block.level - 1] ?? STYLE.h4, block.text ? run(block.text) : '');
    case 'signature':
      return paragraph(STYLE.signature, block.text ? run(block.text) : '', rightIndent(block.rightIndent));
    case 'date':
      return paragraph(STYLE.date, block.text ? run(block.text) : '', rightIndent(block.rightIndent));
  }
}

/**
 * The body's paragraphs as WordprocessingML, written as text: one string per block, so a report of tens
 * of thousands of paragraphs costs milliseconds, where the docx library's object tree for each paragraph
 * took seconds. The markup is what the library writes for the same paragraphs (tests compare them).
 */
export function bodyXml(blocks: TBlock[]): string {
  return blocks.map(paragraphXml).join('');
}
