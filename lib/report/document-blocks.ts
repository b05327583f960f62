import { figureRows } from '../figures/figure-rows';
import type { TTemplate, TTemplatePart } from '../template/schema';
import { colophonBlock, placeColophon, type TColophon } from './colophon';
import { formatChineseDate } from './deadlines';
import { markOf, signerRows, type TMark } from './masthead';
import { shortUnitName } from './new-report';
import { headingLabel, numberSections, partHeadingText, partStart } from './numbering';
import { toFullWidthPunctuation } from './punctuation';
import type { TReport, TSection } from './schema';
import { signOffLines, type TSignOffLine } from './sign-off';
import { paragraphsOf, stripForbiddenCharacters } from './text';
import { printedTitleLines } from './title-lines';

/** The printed document as blocks in reading order: what the .docx writes and the preview lays out. */
export type TBlock =
  | ({ kind: 'mark' } & TMark)
  /** 发文字号 and 签发人 (two names a row), the red separator line below them. */
  | { kind: 'docNumber'; number: string; signers: string[][] }
  | { kind: 'title'; lines: string[] }
  | { kind: 'recipient'; text: string }
  | { kind: 'body'; text: string }
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | TSignOffLine
  /** 附注: two characters in, in round brackets. */
  | { kind: 'note'; text: string }
  /** 附件 on a page of its own (GB/T 9704 8): 附件 top left, the title centred on the third line, then a
   * table of `columns` (widths in characters of the line, ANNEX_COLUMNS) with a heading row. */
  | { kind: 'annex'; title: string; columns: string[]; rows: string[][] }
  /** Pages from here carry no page number (the blank page before a 版记 page and that page). */
  | { kind: 'unnumbered' }
  | TColophon;

/** Text on its way to print: what XML cannot hold is dropped, half-width punctuation in Chinese becomes
 * full-width (GB/T 15834); nothing else the clerk typed is changed. */
export function clean(text: string): string {
  return toFullWidthPunctuation(stripForbiddenCharacters(text));
}

/** 主送机关 ends with a full-width colon however the clerk typed it. The colons are matched from the start
 * of a run only, so a long run of them is read once. */
export function recipientLine(recipient: string): string {
  return `${recipient.trim().replace(/(?<![：:])[：:]+$/, '')}：`;
}

const bodyBlocks = (body: string): TBlock[] => paragraphsOf(body).map((text) => ({ kind: 'body', text: clean(text) }));

function sectionBlocks(sections: TSection[], first: number, level: number): TBlock[] {
  return numberSections(sections, first, level).flatMap(({ section, level: at, label }): TBlock[] => [
    ...(label ? [{ kind: 'heading' as const, level: Math.min(at, 4) as 1 | 2 | 3 | 4, text: label + clean(section.heading.trim()) }] : []),
    ...bodyBlocks(section.body),
  ]);
}

function partBlocks(report: TReport, template: TTemplate): TBlock[] {
  const order = template.parts.map((p) => p.key);
  return template.parts.flatMap((tp: TTemplatePart, i): TBlock[] => {
    const part = report.parts[tp.key];
    const start = partStart(report, tp.key, order);
    const nothing: TBlock[] = part.none ? [{ kind: 'body', text: '无。' }] : [];
    if (report.layout === 'parts') {
      const heading: TBlock = { kind: 'heading', level: 1, text: headingLabel(1, i + 1) + clean(partHeadingText(report, tp)) };
      return [heading, ...nothing, ...(part.none ? [] : sectionBlocks(part.sections, start.firstNumber, start.level))];
    }
    if (part.none) return [{ kind: 'heading', level: 1, text: headingLabel(1, start.firstNumber) + clean(partHeadingText(report, tp, 'heading')) }, ...nothing];
    return sectionBlocks(part.sections, start.firstNumber, start.level);
  });
}

/** 版头: the mark, two blank lines, 发文字号 with 签发人 and the red line, two blank lines (GB/T 9704 7.2). */
function mastheadBlocks(report: TReport, issuers: string[]): TBlock[] {
  if (!report.masthead) return [];
  return [
    { kind: 'mark', ...markOf(report.mastheadMark, issuers.length > 0 ? issuers : [clean(report.unit.trim())]) },
    { kind: 'blank' },
    { kind: 'blank' },
    { kind: 'docNumber', number: clean(report.docNumber.trim()), signers: signerRows(clean(report.signers)) },
    { kind: 'blank' },
    { kind: 'blank' },
  ];
}

export const ANNEX_TITLE = '主要数据对比表';

/** The 主要数据对比表's columns in characters of the 28-character line: 指标, 单位, 去年, 今年, 变化. A column
 * holds a character less than its width: its rules take the rest (LibreOffice wraps 单位 in two). */
export const ANNEX_COLUMNS = [12, 3, 4, 4, 5] as const;

/** The 主要数据 as an attachment, when the clerk asked for it and the table has a figure to print. */
function annexBlock(report: TReport): Extract<TBlock, { kind: 'annex' }> | null {
  if (!report.figuresAnnex) return null;
  const shown = (value: number | null) => (value === null ? '—' : String(value));
  const rows = figureRows(report)
    .filter((r) => r.value !== null || r.lastYear !== null)
    .map((r) => [r.name, r.unit, shown(r.lastYear), shown(r.value), r.change || '—']);
  if (rows.length === 0) return null;
  return { kind: 'annex', title: ANNEX_TITLE, columns: ['指标', '单位', `${report.year - 1}年`, `${report.year}年`, '变化'], rows };
}

function signOffBlocks(report: TReport, issuers: string[]): TBlock[] {
  const lines = signOffLines(issuers, formatChineseDate(report.date), report.seal);
  const note = report.note.trim() ? [{ kind: 'note' as const, text: `（${clean(report.note.trim()).replace(/^[（(]|[）)]$/g, '')}）` }] : [];
  // A seal's top stands within a line of the body's end and its centre a little above the issuer, so a
  // sealed sign-off starts a line lower than an unsealed one (7.3.5.1).
  const space: TBlock[] = report.seal ? [{ kind: 'blank' }, { kind: 'blank' }] : [{ kind: 'blank' }];
  return [...space, ...lines, ...note];
}

export function documentBlocks(report: TReport, template: TTemplate): TBlock[] {
  const keep = [report.unit, shortUnitName(report.unit, report.unitKind)];
  const title = printedTitleLines(clean(report.title.trim()), report.titleLines?.map(clean), keep);
  const issuers = paragraphsOf(report.signature).map(clean);
  const annex = annexBlock(report);
  const blocks: TBlock[] = [
    ...mastheadBlocks(report, issuers),
    { kind: 'title', lines: title },
    { kind: 'blank' },
    ...(report.recipient.trim() ? [{ kind: 'recipient' as const, text: clean(recipientLine(report.recipient)) }] : []),
    ...bodyBlocks(report.opening),
    ...partBlocks(report, template),
    // 附件说明: a line below the body, two characters in, before the sign-off (GB/T 9704 7.3.4).
    ...(annex ? [{ kind: 'blank' as const }, { kind: 'body' as const, text: `附件：${annex.title}` }] : []),
    ...signOffBlocks(report, issuers),
    ...(annex ? [annex] : []),
  ];
  if (!report.colophon) return blocks;
  return placeColophon(blocks, colophonBlock(clean(report.copyTo), clean(report.printer), report.printDate ? `${formatChineseDate(report.printDate)}印发` : ''));
}
