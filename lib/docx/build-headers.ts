import { AlignmentType, Header, Paragraph, TextRun } from 'docx';
import { FONT } from './geometry';

function draftMark(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: '草稿', bold: true, size: 28, font: { eastAsia: FONT.h1, ascii: FONT.latin, hAnsi: FONT.latin } })],
      }),
    ],
  });
}

/** The 草稿 mark at the top of every page of a draft; a 正式稿 has no header at all. */
export function buildDraftHeaders(): { default: Header; even: Header } {
  return { default: draftMark(), even: draftMark() };
}
