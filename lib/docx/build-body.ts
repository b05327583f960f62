import { Paragraph, TextRun } from 'docx';
import { fillPattern } from '../template/fill';
import type { TTemplate } from '../template/schema';
import { firstNumberOfPart, headingLabel, numberSections } from '../report/numbering';
import { formatChineseDate } from '../report/deadlines';
import type { TReport } from '../report/schema';
import { paragraphsOf, stripForbiddenCharacters } from '../report/text';
import { HEADING_STYLES, STYLE } from './styles';

// Widow control is off on every paragraph (styles cannot carry it in this library): with it on, Word and
// LibreOffice end pages a line short and a full page no longer holds 22 lines.
function para(style: string, text: string): Paragraph {
  return new Paragraph({ style, widowControl: false, children: [new TextRun(stripForbiddenCharacters(text))] });
}

const blank = (): Paragraph => new Paragraph({ style: STYLE.body, widowControl: false, children: [] });

function bodyParagraphs(body: string): Paragraph[] {
  return paragraphsOf(body).map((p) => para(STYLE.body, p));
}

/** 主送机关 ends with a full-width colon however the clerk typed it. */
export function recipientLine(recipient: string): string {
  return `${recipient.trim().replace(/[：:]+$/, '')}：`;
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

/** The document's paragraphs in reading order: title, recipient, opening, the parts, signature, date. */
export function buildBody(report: TReport, template: TTemplate): Paragraph[] {
  const date = formatChineseDate(report.date);
  return [
    para(STYLE.title, report.title.trim()),
    blank(),
    ...(report.recipient.trim() ? [para(STYLE.recipient, recipientLine(report.recipient))] : []),
    ...bodyParagraphs(report.opening),
    ...partParagraphs(report, template),
    blank(),
    ...(report.signature.trim() ? [para(STYLE.signature, report.signature.trim())] : []),
    ...(date ? [para(STYLE.date, date)] : []),
  ];
}
