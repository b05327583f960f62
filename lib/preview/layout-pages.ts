import type { TBlock } from '../report/document-blocks';
import { textUnits } from '../report/text-width';

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
/** Body paragraphs and headings start two characters in. */
const BODY_INDENT = 2;

// A line never starts with a closing mark: like LibreOffice, the mark hangs at the end of the line before.
const NO_LINE_START = /^[，。、；：？！）》」』”’…—]$/;

export type TLineKind = 'title' | 'blank' | 'recipient' | 'body' | 'h1' | 'h2' | 'h3' | 'h4' | 'signature' | 'date';

export type TPreviewLine = {
  kind: TLineKind;
  text: string;
  /** Characters from the left edge of the block (first-line indent). */
  indent: number;
  /** Characters from the right edge, for right-aligned lines. */
  rightIndent: number;
  align: 'left' | 'center' | 'right' | 'justify';
};

export type TPreviewPage = { number: number; lines: TPreviewLine[] };

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

type TGroup = { lines: TPreviewLine[]; keepWithNext: boolean };

function groupOf(block: TBlock): TGroup {
  const make = (kind: TLineKind, text: string, firstIndent: number, keepWithNext = false): TGroup => {
    const broken = breakLines(text, firstIndent);
    return {
      keepWithNext,
      lines: broken.map((l, i) => ({ kind, text: l.text, indent: l.indent, rightIndent: 0, align: i < broken.length - 1 ? 'justify' : 'left' })),
    };
  };
  switch (block.kind) {
    case 'title':
      return { keepWithNext: true, lines: block.lines.map((text) => ({ kind: 'title', text, indent: 0, rightIndent: 0, align: 'center' })) };
    case 'blank':
      return { keepWithNext: false, lines: [{ kind: 'blank', text: '', indent: 0, rightIndent: 0, align: 'left' }] };
    case 'recipient':
      return make('recipient', block.text, 0, true);
    case 'body':
      return make('body', block.text, BODY_INDENT);
    case 'heading':
      return make(`h${block.level}`, block.text, BODY_INDENT, true);
    case 'signature':
    case 'date':
      return { keepWithNext: block.kind === 'signature', lines: [{ kind: block.kind, text: block.text, indent: 0, rightIndent: block.rightIndent, align: 'right' }] };
  }
}

/**
 * The pages as the .docx prints them: 22 lines of 28 characters, a heading (and the title, and the
 * signature) never left alone at the foot of a page, body paragraphs split anywhere (no widow control).
 */
export function layoutPages(blocks: TBlock[]): TPreviewPage[] {
  const groups = blocks.map(groupOf);
  const pages: TPreviewLine[][] = [[]];
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
    const needed = kept[i]!;
    if (group.keepWithNext && page.length > 0 && needed <= LINES_PER_PAGE && page.length + needed > LINES_PER_PAGE) {
      page = [];
      pages.push(page);
    }
    for (const line of group.lines) {
      if (page.length === LINES_PER_PAGE) {
        page = [];
        pages.push(page);
      }
      page.push(line);
    }
  });
  return pages.map((lines, i) => ({ number: i + 1, lines }));
}
