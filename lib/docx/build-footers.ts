import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import { CHAR_14PT, SIZE } from './geometry';
import { STYLE } from './styles';


function pageNumber(side: 'odd' | 'even'): Footer {
  const font = { eastAsia: '宋体', ascii: '宋体', hAnsi: '宋体', cs: '宋体' };
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: CHAR_14PT } : { left: CHAR_14PT },
        children: [new TextRun({ font, size: SIZE.pageNumber, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/** "— N —" on the right of odd pages and the left of even pages, as a bound document is read. */
export function buildFooters(): { default: Footer; even: Footer } {
  return { default: pageNumber('odd'), even: pageNumber('even') };
}
