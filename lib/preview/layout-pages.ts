import { ANNEX_COLUMNS, type TBlock } from '../report/document-blocks';
import type { TAnchor } from '../report/sign-off';
import { textUnits } from '../report/text-width';

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
/** Body paragraphs and headings start two characters in. */
const BODY_INDENT = 2;

// A line never starts with a closing mark: like LibreOffice, the mark hangs at the end of the line before.
const NO_LINE_START = /^[，。、；：？！）》」』”’…—]$/;

export type TLineKind =
  | 'mark'
  | 'docNumber'
  | 'title'
  | 'blank'
  | 'recipient'
  | 'body'
  | 'h1'
  | 'h2'
  | 'h3'
  | 'h4'
  | 'signature'
  | 'issuers'
  | 'date'
  | 'note'
  | 'colophon'
  /** 附件 and its table's heading row (黑体), and its other rows. */
  | 'annexLabel'
  | 'tableHead'
  | 'tableRow';

/** Text placed on a line by one edge or its centre, in characters from the block's edges. */
export type TCell = { text: string; at: TAnchor | { centre: number }; font?: 'kai' };

export type TPreviewLine = {
  kind: TLineKind;
  text: string;
  /** Characters from the left edge of the block (first-line indent). */
  indent: number;
  /** Characters from the right edge, for right-aligned lines. */
  rightIndent: number;
  align: 'left' | 'center' | 'right' | 'justify';
  /** Pieces of text placed on the line by themselves (发文字号 and 签发人, issuers side by side, 印发). */
  cells?: TCell[];
  /** A rule drawn on the line's edge: the red line under 发文字号, the 版记's lines, a table's rows. */
  rules?: { above?: 'thick' | 'thin'; below?: 'thick' | 'thin' | 'red' };
  /** A table row's column edges, in characters from the block's left edge: drawn as its vertical rules. */
  columnEdges?: number[];
  /** The mark's own lines and size, set from 35 mm below the top of the block. */
  mark?: { lines: string[]; file: boolean; size: number };
};

export type TPreviewPage = { number: number; lines: TPreviewLine[]; numbered: boolean };

/** Breaks a paragraph into lines of the 28-character grid, the first indented. */
export function breakLines(text: string, firstIndent: number, width = CHARS_PER_LINE): Array<{ text: string; indent: number }> {
  const lines: Array<{ text: string; indent: number }> = [];
  let line = '';
  // The line's width is kept as it grows: measuring the whole line again for each character made a run
  // of closing marks, which never starts a line and so never breaks, cost the square of its length.
  let units = 0;
  let indent = firstIndent;
  for (const ch of text) {
    const chUnits = textUnits(ch);
    if (line && units + chUnits + indent > width && !NO_LINE_START.test(ch)) {
      lines.push({ text: line, indent });
      line = '';
      units = 0;
      indent = 0;
    }
    line += ch;
    units += chUnits;
  }
  return [...lines, { text: line, indent }];
}

/** `evenSection`: the group holds no lines and starts a section without page numbers on the next even
 * page, after a blank one when the body ends on an even page, as the section break in the .docx does.
 * `newPage`: the group starts a page (an attachment). */
type TGroup = { lines: TPreviewLine[]; keepWithNext: boolean; evenSection?: true; newPage?: true };

const line = (kind: TLineKind, text = '', more: Partial<TPreviewLine> = {}): TPreviewLine => ({ kind, text, indent: 0, rightIndent: 0, align: 'left', ...more });

function broken(kind: TLineKind, text: string, firstIndent: number, keepWithNext = false): TGroup {
  const lines = breakLines(text, firstIndent);
  return { keepWithNext, lines: lines.map((l, i) => line(kind, l.text, { indent: l.indent, align: i < lines.length - 1 ? 'justify' : 'left' })) };
}

function anchored(kind: TLineKind, text: string, at: TAnchor): TPreviewLine {
  return 'left' in at ? line(kind, text, { indent: at.left }) : line(kind, text, { rightIndent: at.right, align: 'right' });
}

function colophonLines(block: Extract<TBlock, { kind: 'colophon' }>): TPreviewLine[] {
  const copy = Array.from({ length: block.copyLines }, (_, i) => line('colophon', i === 0 ? `抄送：${block.copyTo}` : ''));
  const printed = line('colophon', '', { cells: [{ text: block.printer, at: { left: 1 } }, { text: block.printDate, at: { right: 1 } }], rules: { below: 'thick' } });
  const all = [...copy, printed];
  all[0] = { ...all[0]!, rules: { ...all[0]!.rules, above: 'thick' } };
  if (copy.length > 0) all[copy.length - 1] = { ...all[copy.length - 1]!, rules: { ...all[copy.length - 1]!.rules, below: 'thin' } };
  return all;
}

/** The table of an attachment, a row a line (a name too long for its column runs on to lines of its own),
 * each column's text centred in it, ruled around. */
function annexLines(block: Extract<TBlock, { kind: 'annex' }>): TPreviewLine[] {
  const edges = ANNEX_COLUMNS.reduce<number[]>((at, width) => [...at, at.at(-1)! + width], [0]);
  const rowLines = (cells: string[], kind: 'tableHead' | 'tableRow'): TPreviewLine[] => {
    const wrapped = ANNEX_COLUMNS.map((width, i) => breakLines(cells[i] ?? '', 0, width - 1).map((l) => l.text));
    const height = Math.max(...wrapped.map((w) => w.length));
    return Array.from({ length: height }, (_, n) =>
      line(kind, '', {
        cells: wrapped.flatMap((w, i) => (w[n] ? [{ text: w[n], at: { centre: (edges[i]! + edges[i + 1]!) / 2 } }] : [])),
        columnEdges: edges,
        rules: { above: n === 0 ? 'thin' : undefined },
      }),
    );
  };
  const all = [...rowLines(block.columns, 'tableHead'), ...block.rows.flatMap((r) => rowLines(r, 'tableRow'))];
  all[all.length - 1] = { ...all.at(-1)!, rules: { ...all.at(-1)!.rules, below: 'thin' } };
  return all;
}

function groupOf(block: TBlock): TGroup {
  switch (block.kind) {
    case 'unnumbered':
      return { lines: [], keepWithNext: false, evenSection: true };
    case 'mark':
      return {
        keepWithNext: true,
        lines: [line('mark', '', { mark: { lines: block.lines, file: block.file, size: block.size } }), ...Array.from({ length: block.gridLines - 1 }, () => line('blank'))],
      };
    case 'docNumber':
      return {
        keepWithNext: true,
        lines: block.signers.map((names, i, rows) =>
          line('docNumber', '', {
            cells: [
              ...(i === rows.length - 1 && block.number ? [{ text: block.number, at: { left: 1 } }] : []),
              ...(names.length > 0 ? [{ text: `签发人：${names.join('　')}`, at: { right: 1 }, font: 'kai' as const }] : []),
            ],
            rules: i === rows.length - 1 ? { below: 'red' } : undefined,
          }),
        ),
      };
    case 'title':
      return { keepWithNext: true, lines: block.lines.map((text) => line('title', text, { align: 'center' })) };
    case 'blank':
      return { keepWithNext: false, lines: [line('blank')] };
    case 'recipient':
      return broken('recipient', block.text, 0, true);
    case 'body':
      return broken('body', block.text, BODY_INDENT);
    case 'note':
      return broken('note', block.text, BODY_INDENT);
    case 'heading':
      return broken(`h${block.level}`, block.text, BODY_INDENT, true);
    case 'signature':
      return { keepWithNext: true, lines: [anchored('signature', block.text, block.at)] };
    case 'issuers':
      return { keepWithNext: true, lines: [line('issuers', '', { cells: block.cells.map((c) => ({ text: c.text, at: { centre: c.centre } })) })] };
    case 'date':
      return { keepWithNext: false, lines: [anchored('date', block.text, block.at)] };
    case 'colophon':
      return { keepWithNext: false, lines: colophonLines(block) };
    case 'annex':
      return {
        keepWithNext: false,
        newPage: true,
        lines: [line('annexLabel', '附件'), line('blank'), line('title', block.title, { align: 'center' }), line('blank'), ...annexLines(block)],
      };
  }
}

/**
 * The pages as the .docx prints them: 22 lines of 28 characters, a heading (and the title, and the
 * signature) never left alone at the foot of a page, body paragraphs split anywhere (no widow control).
 */
export function layoutPages(blocks: TBlock[]): TPreviewPage[] {
  const groups = blocks.map(groupOf);
  const pages: TPreviewPage[] = [{ number: 1, lines: [], numbered: true }];
  const newPage = (numbered: boolean) => {
    pages.push({ number: pages.length + 1, lines: [], numbered });
    return pages.at(-1)!;
  };
  // Lines that must share a page with each group's start: a chain of keep-with-next groups and the first
  // line of what follows them. Counted from the end, so a long run of headings is walked once, not once
  // per heading.
  const kept: number[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i]!;
    const next = groups[i + 1];
    kept[i] = group.lines.length + (!group.keepWithNext || !next ? 0 : next.keepWithNext ? kept[i + 1]! : 1);
  }
  groups.forEach((group, i) => {
    let page = pages.at(-1)!;
    if (group.evenSection) {
      if (pages.length % 2 === 0) newPage(false);
      newPage(false);
      return;
    }
    if (group.newPage && page.lines.length > 0) page = newPage(page.numbered);
    const needed = kept[i]!;
    if (group.keepWithNext && page.lines.length > 0 && needed <= LINES_PER_PAGE && page.lines.length + needed > LINES_PER_PAGE) page = newPage(page.numbered);
    for (const line of group.lines) {
      if (page.lines.length === LINES_PER_PAGE) page = newPage(page.numbered);
      page.lines.push(line);
    }
  });
  return pages;
}
