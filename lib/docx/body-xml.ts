import { ANNEX_COLUMNS, type TBlock } from '../report/document-blocks';
import { MARK_TOP } from '../report/masthead';
import type { TAnchor } from '../report/sign-off';
import { textUnits } from '../report/text-width';
import { CHAR, CHAR_14PT as COLOPHON_CHAR, FONT, PAGE, TEXT_WIDTH } from './geometry';
import { HEADING_STYLES, STYLE } from './styles';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeText = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const run = (text: string, lineBreak = false, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}${lineBreak ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeText(text)}</w:t></w:r>`;
const tab = '<w:r><w:tab/></w:r>';
const twips = (chars: number) => Math.round(chars * CHAR);

// Widow control is off on every paragraph (styles cannot carry it in the docx library): with it on, Word
// and LibreOffice end pages a line short and a full page no longer holds 22 lines. `extra` holds the
// paragraph properties that follow w:widowControl, already in the schema's order.
function paragraph(style: string, runs: string, extra = ''): string {
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/><w:widowControl w:val="false"/>${extra}</w:pPr>${runs}</w:p>`;
}

const tabStops = (stops: Array<{ val: 'left' | 'center' | 'right'; pos: number }>) =>
  `<w:tabs>${stops.map((s) => `<w:tab w:val="${s.val}" w:pos="${Math.round(s.pos)}"/>`).join('')}</w:tabs>`;

function anchored(style: string, text: string, at: TAnchor): string {
  const runs = text ? run(text) : '';
  return 'left' in at
    ? paragraph(style, runs, `<w:ind w:left="${twips(at.left)}" w:right="0"/><w:jc w:val="left"/>`)
    : paragraph(style, runs, `<w:ind w:right="${twips(at.right)}"/>`);
}

/** An empty paragraph of an exact height, off the line grid: the space above and below the 版头's mark. */
const spacer = (height: number) => paragraph(STYLE.mark, '', `<w:spacing w:line="${Math.max(1, Math.round(height))}" w:lineRule="exact"/>`);

const markRun = (size: number) => `<w:sz w:val="${size * 2}"/><w:szCs w:val="${size * 2}"/>`;

/** 发文机关标志: red 小标宋 centred, its top 35 mm below the top of the text block; joint issuers stacked, each
 * spread to the widest name's width, with 文件 to their right, centred on them. It and the space around it
 * fill whole lines of the grid. */
function markXml(block: Extract<TBlock, { kind: 'mark' }>): string {
  const line = Math.round(block.size * 20 * 1.25);
  const height = block.lines.length * line;
  const below = block.gridLines * PAGE.linePitch - MARK_TOP - height;
  const exact = `<w:spacing w:line="${line}" w:lineRule="exact"/>`;
  const names = block.lines.map((text) => paragraph(STYLE.mark, run(text, false, markRun(block.size)), `${exact}<w:jc w:val="${block.file ? 'distribute' : 'center'}"/>`));
  const content = block.file ? jointMark(block, names.join(''), height, exact) : names.join('');
  // The mark's line is a little taller than its characters; the spacer above allows for the space
  // LibreOffice and Word leave above the characters within it.
  const lead = Math.round((line - block.size * 20) / 2);
  return spacer(MARK_TOP - lead) + content + spacer(below + lead);
}

const NO_BORDERS = '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>';
const NO_MARGINS = '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>';

function table(widths: number[], rows: string[], options: { jc?: 'center'; borders?: string } = {}): string {
  const width = widths.reduce((a, b) => a + b, 0);
  const jc = options.jc ? `<w:jc w:val="${options.jc}"/>` : '';
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${width}" w:type="dxa"/>${jc}<w:tblInd w:w="0" w:type="dxa"/>${options.borders ?? NO_BORDERS}<w:tblLayout w:type="fixed"/>${NO_MARGINS}</w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>`
  );
}

const row = (height: number, cells: string) => `<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="${height}" w:hRule="exact"/></w:trPr>${cells}</w:tr>`;
const cell = (width: number, content: string, vAlign = 'top') => `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/><w:vAlign w:val="${vAlign}"/></w:tcPr>${content}</w:tc>`;

function jointMark(block: Extract<TBlock, { kind: 'mark' }>, names: string, height: number, exact: string): string {
  const em = block.size * 20;
  const namesWidth = Math.ceil(Math.max(...block.lines.map(textUnits)) * em);
  const fileWidth = 3 * em;
  const file = paragraph(STYLE.mark, run('文件', false, markRun(block.size)), `${exact}<w:jc w:val="right"/>`);
  return table([namesWidth, fileWidth], [row(height, cell(namesWidth, names) + cell(fileWidth, file, 'center'))], { jc: 'center' });
}

/** 发文字号 one character in from the left on the last 签发人 row, 签发人 one character in from the right
 * (楷体 names), the red line along the bottom of the last row: rows of exactly one grid line, so the red
 * line and what follows stay on the grid. */
function docNumberXml(block: Extract<TBlock, { kind: 'docNumber' }>): string {
  const stops = tabStops([{ val: 'left', pos: CHAR }, { val: 'right', pos: TEXT_WIDTH - CHAR }]);
  const kai = `<w:rFonts w:ascii="${FONT.latin}" w:eastAsia="${FONT.h2}" w:hAnsi="${FONT.latin}" w:cs="${FONT.latin}"/>`;
  const rows = block.signers.map((names, i) => {
    const last = i === block.signers.length - 1;
    const runs = tab + (last ? run(block.number) : '') + (names.length > 0 ? tab + run('签发人：') + run(names.join('　'), false, kai) : '');
    return row(PAGE.linePitch, cell(TEXT_WIDTH, paragraph(STYLE.docNumber, runs, stops)));
  });
  const red = '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="single" w:sz="12" w:space="0" w:color="FF0000"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>';
  return table([TEXT_WIDTH], rows, { borders: red });
}

// LibreOffice sets a row's borders outside its exact height, Word inside: each row gives up 2 pt so the
// three lines fit in the rows' grid lines in both, and the 版记 stays on its page.
const BORDER_ALLOWANCE = 40;

/** 版记: 抄送 with its continuation lines aligned after the colon, then 印发机关 and 印发日期, in 4号仿宋 one
 * character in on each side, between a thick line above, a thin line between and a thick line below. */
function colophonXml(block: Extract<TBlock, { kind: 'colophon' }>): string {
  const borders = '<w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="000000"/><w:left w:val="nil"/><w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000"/><w:right w:val="nil"/><w:insideH w:val="single" w:sz="6" w:space="0" w:color="000000"/><w:insideV w:val="nil"/></w:tblBorders>';
  const copy = block.copyLines > 0
    ? [row(block.copyLines * PAGE.linePitch - BORDER_ALLOWANCE, cell(TEXT_WIDTH, paragraph(STYLE.colophon, run(`抄送：${block.copyTo}`), `<w:ind w:left="${4 * COLOPHON_CHAR}" w:right="${COLOPHON_CHAR}" w:hanging="${3 * COLOPHON_CHAR}"/>`)))]
    : [];
  const stops = tabStops([{ val: 'left', pos: COLOPHON_CHAR }, { val: 'right', pos: TEXT_WIDTH - COLOPHON_CHAR }]);
  const printed = row(PAGE.linePitch - BORDER_ALLOWANCE, cell(TEXT_WIDTH, paragraph(STYLE.colophon, tab + run(block.printer) + tab + run(block.printDate), stops)));
  return table([TEXT_WIDTH], [...copy, printed], { borders });
}

const HEI = `<w:rFonts w:ascii="${FONT.h1}" w:eastAsia="${FONT.h1}" w:hAnsi="${FONT.h1}" w:cs="${FONT.h1}"/>`;
const ALL_BORDERS = '<w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="8" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="8" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders>';

/** 附件 on a new page: 附件 in 黑体 at the top left (顶格) of the first line, the title centred on the third,
 * a blank line, then the table in 仿宋 with its heading row in 黑体 (repeated on each page it runs to).
 * Rows are at least a grid line high and grow with a name that wraps. */
function annexXml(block: Extract<TBlock, { kind: 'annex' }>): string {
  const widths = ANNEX_COLUMNS.map((chars) => chars * CHAR);
  const label = `<w:p><w:pPr><w:pStyle w:val="${STYLE.body}"/><w:pageBreakBefore/><w:widowControl w:val="false"/><w:ind w:firstLine="0"/></w:pPr>${run('附件', false, HEI)}</w:p>`;
  const tableRow = (cells: string[], head: boolean) =>
    `<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="${PAGE.linePitch}" w:hRule="atLeast"/>${head ? '<w:tblHeader/>' : ''}</w:trPr>` +
    cells.map((text, i) => cell(widths[i]!, paragraph(STYLE.tableCell, run(text, false, head ? HEI : '')), 'center')).join('') +
    '</w:tr>';
  return (
    label +
    paragraph(STYLE.body, '') +
    paragraph(STYLE.title, run(block.title), '<w:jc w:val="center"/>') +
    paragraph(STYLE.body, '') +
    table(widths, [tableRow(block.columns, true), ...block.rows.map((r) => tableRow(r, false))], { jc: 'center', borders: ALL_BORDERS })
  );
}

function blockXml(block: TBlock): string {
  switch (block.kind) {
    case 'mark':
      return markXml(block);
    case 'docNumber':
      return docNumberXml(block);
    case 'title':
      return paragraph(STYLE.title, block.lines.map((line, i) => run(line, i > 0)).join(''), '<w:jc w:val="center"/>');
    case 'blank':
      return paragraph(STYLE.body, '');
    case 'recipient':
      return paragraph(STYLE.recipient, block.text ? run(block.text) : '');
    case 'body':
    case 'note':
      return paragraph(STYLE.body, block.text ? run(block.text) : '');
    case 'heading':
      return paragraph(HEADING_STYLES[block.level - 1] ?? STYLE.h4, block.text ? run(block.text) : '');
    case 'signature':
      return anchored(STYLE.signature, block.text, block.at);
    case 'date':
      return anchored(STYLE.date, block.text, block.at);
    case 'issuers':
      return paragraph(STYLE.signature, block.cells.map((c) => tab + run(c.text)).join(''), `${tabStops(block.cells.map((c) => ({ val: 'center', pos: c.centre * CHAR })))}<w:ind w:right="0"/><w:jc w:val="left"/>`);
    case 'colophon':
      return colophonXml(block);
    case 'annex':
      return annexXml(block);
    case 'unnumbered':
      return '';
  }
}

/**
 * The body as WordprocessingML, written as text: one string per block, so a report of tens of thousands
 * of paragraphs costs milliseconds, where the docx library's object tree for each paragraph took seconds.
 * The paragraphs are the markup the library writes for the same paragraphs (tests compare them). Returns
 * the blocks before an `unnumbered` block and those after it apart: they go in sections of their own.
 */
export function bodyXml(blocks: TBlock[]): { numbered: string; unnumbered: string | null } {
  const at = blocks.findIndex((b) => b.kind === 'unnumbered');
  const numbered = (at < 0 ? blocks : blocks.slice(0, at)).map(blockXml).join('');
  return { numbered, unnumbered: at < 0 ? null : blocks.slice(at + 1).map(blockXml).join('') };
}
