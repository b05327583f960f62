import { LINES_PER_PAGE } from '../preview/layout-pages';
import type { TBlock } from './document-blocks';
import { CHAR_14PT, TEXT_WIDTH } from '../docx/geometry';
import { textUnits } from './text-width';

/** 4号 characters (14 pt) across the text block less one character each side (GB/T 9704 7.4.1). */
const COLOPHON_CHARS = Math.floor(TEXT_WIDTH / CHAR_14PT) - 2;

export type TColophon = { kind: 'colophon'; copyTo: string; printer: string; printDate: string; copyLines: number };

/** 抄送：…。 as printed (names separated by 、, a full stop after the last), and the lines it takes with
 * its continuation lines aligned after the colon. */
export function colophonBlock(copyTo: string, printer: string, printDate: string): TColophon {
  const names = copyTo.trim().replace(/[。.，,；;、\s]+$/, '');
  const copy = names ? `${names}。` : '';
  const perLine = COLOPHON_CHARS - 3;
  return { kind: 'colophon', copyTo: copy, printer: printer.trim(), printDate, copyLines: copy ? Math.max(1, Math.ceil(textUnits(copy) / perLine)) : 0 };
}

export const colophonLines = (block: TColophon): number => block.copyLines + 1;

/**
 * The 版记 at the foot of the last page, which must be even (GB/T 9704 7.4, 7.5.1). Where the body ends
 * depends on the reader's own line breaking (Word and LibreOffice set digits at different widths), so the
 * 版记 is not fitted under the body: it starts a section of its own on the next even page (a blank page
 * comes first when the body ends on an even page), without page numbers, and blank lines bring it down to
 * the foot of that page.
 */
export function placeColophon(blocks: TBlock[], colophon: TColophon): TBlock[] {
  const blank = Array.from({ length: LINES_PER_PAGE - colophonLines(colophon) }, (): TBlock => ({ kind: 'blank' }));
  return [...blocks, { kind: 'unnumbered' }, ...blank, colophon];
}
