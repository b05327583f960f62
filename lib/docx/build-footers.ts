import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import { SIZE } from './geometry';
import { STYLE } from './styles';

// One character of the 4号 page number (14 pt) in twips: GB/T 9704 sets the number one character in.
const ONE_CHAR_14PT = 280;

function pageNumber(side: 'odd' | 'even'): Footer {
  const font = { eastAsia: '宋体', ascii: '宋体', hAnsi: '宋体', cs: '宋体' };
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: ONE_CHAR_14PT } : { left: ONE_CHAR_14PT },
        children: [new TextRun({ font, size: SIZE.pageNumber, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/** "— N —" on the right of odd pages and the left of even pages, as a bound document is read. */
export function buildFooters(): { default: Footer; even: Footer } {
  return { default: pageNumber('odd'), even: pageNumber('even') };
}
