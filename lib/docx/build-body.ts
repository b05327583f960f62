import { AlignmentType, Paragraph, TextRun } from 'docx';
import { fillPattern } from '../template/fill';
import type { TTemplate } from '../template/schema';
import { firstNumberOfPart, headingLabel, numberSections } from '../report/numbering';
import { formatChineseDate } from '../report/deadlines';
import { shortUnitName } from '../report/new-report';
import { toFullWidthPunctuation } from '../report/punctuation';
import type { TReport } from '../report/schema';
import { paragraphsOf, stripForbiddenCharacters } from '../report/text';
import { printedTitleLines } from '../report/title-lines';
import { CHAR } from './geometry';
import { signOffIndents } from './sign-off';
import { HEADING_STYLES, STYLE } from './styles';

/** Text on its way into the file: what XML cannot hold is dropped, half-width punctuation in Chinese
 * becomes full-width (GB/T 15834); nothing else the clerk typed is changed. */
export function clean(text: string): string {
  return toFullWidthPunctuation(stripForbiddenCharacters(text));
}

// Widow control is off on every paragraph (styles cannot carry it in this library): with it on, Word and
// LibreOffice end pages a line short and a full page no longer holds 22 lines.
function para(style: string, text: string, extra: { indent?: { right: number } } = {}): Paragraph {
  return new Paragraph({ style, widowControl: false, ...extra, children: [new TextRun(clean(text))] });
}

const blank = (): Paragraph => new Paragraph({ style: STYLE.body, widowControl: false, children: [] });

function bodyParagraphs(body: string): Paragraph[] {
  return paragraphsOf(body).map((p) => para(STYLE.body, p));
}

/** 主送机关 ends with a full-width colon however the clerk typed it. */
export function recipientLine(recipient: string): string {
  return `${recipient.trim().replace(/[：:]+$/, '')}：`;
}

/** The title as one centred paragraph, its lines broken where titleLines decided. */
function titleParagraph(report: TReport): Paragraph {
  const lines = printedTitleLines(clean(report.title.trim()), report.titleLines?.map(clean), [report.unit, shortUnitName(report.unit, report.unitKind)]);
  return new Paragraph({
    style: STYLE.title,
    alignment: AlignmentType.CENTER,
    widowControl: false,
    children: lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })),
  });
}

function partParagraphs(report: TReport, template: TTemplate): Paragraph[] {
  const order = template.parts.map((p) => p.key);
  return template.parts.flatMap((tp) => {
    const part = report.parts[tp.key];
    const first = firstNumberOfPart(report, tp.key, order);
    if (part.none) {
      const heading = fillPattern(tp.heading, { year: report.year, nextYear: report.year + 1 });
      return [para(STYLE.h1, headingLabel(1, first) + heading), para(STYLE.body, '无。')];
    }
    return numberSections(part.sections, first).flatMap(({ section, level, label }) => [
      ...(label ? [para(HEADING_STYLES[level - 1] ?? STYLE.h4, label + section.heading.trim())] : []),
      ...bodyParagraphs(section.body),
    ]);
  });
}

function signOff(report: TReport): Paragraph[] {
  const signature = report.signature.trim();
  const date = formatChineseDate(report.date);
  const indents = signOffIndents(signature, date);
  return [
    ...(signature ? [para(STYLE.signature, signature, { indent: { right: Math.round(indents.signature * CHAR) } })] : []),
    ...(date ? [para(STYLE.date, date, { indent: { right: Math.round((signature ? indents.date : 2) * CHAR) } })] : []),
  ];
}

/** The document's paragraphs in reading order: title, recipient, opening, the parts, signature, date. */
export function buildBody(report: TReport, template: TTemplate): Paragraph[] {
  return [
    titleParagraph(report),
    blank(),
    ...(report.recipient.trim() ? [para(STYLE.recipient, recipientLine(report.recipient))] : []),
    ...bodyParagraphs(report.opening),
    ...partParagraphs(report, template),
    blank(),
    ...signOff(report),
  ];
}
