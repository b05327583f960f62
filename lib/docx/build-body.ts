import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { TTemplate } from '../template/schema';
import { documentBlocks, type TBlock } from '../report/document-blocks';
import type { TReport } from '../report/schema';
import { CHAR } from './geometry';
import { HEADING_STYLES, STYLE } from './styles';

// Widow control is off on every paragraph (styles cannot carry it in this library): with it on, Word and
// LibreOffice end pages a line short and a full page no longer holds 22 lines.
function para(style: string, text: string, rightIndent?: number): Paragraph {
  return new Paragraph({
    style,
    widowControl: false,
    ...(rightIndent === undefined ? {} : { indent: { right: Math.round(rightIndent * CHAR) } }),
    children: text ? [new TextRun(text)] : [],
  });
}

function paragraphOf(block: TBlock): Paragraph {
  switch (block.kind) {
    case 'title':
      return new Paragraph({
        style: STYLE.title,
        alignment: AlignmentType.CENTER,
        widowControl: false,
        children: block.lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })),
      });
    case 'blank':
      return para(STYLE.body, '');
    case 'recipient':
      return para(STYLE.recipient, block.text);
    case 'body':
      return para(STYLE.body, block.text);
    case 'heading':
      return para(HEADING_STYLES[block.level - 1] ?? STYLE.h4, block.text);
    case 'signature':
      return para(STYLE.signature, block.text, block.rightIndent);
    case 'date':
      return para(STYLE.date, block.text, block.rightIndent);
  }
}

/** The document's paragraphs in reading order, one per block of the printed document. */
export function buildBody(report: TReport, template: TTemplate): Paragraph[] {
  return documentBlocks(report, template).map(paragraphOf);
}
