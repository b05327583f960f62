import { fillPattern } from '../template/fill';
import type { TTemplate } from '../template/schema';
import { formatChineseDate } from './deadlines';
import { shortUnitName } from './new-report';
import { firstNumberOfPart, headingLabel, numberSections } from './numbering';
import { toFullWidthPunctuation } from './punctuation';
import type { TReport } from './schema';
import { signOffIndents } from './sign-off';
import { paragraphsOf, stripForbiddenCharacters } from './text';
import { printedTitleLines } from './title-lines';

/** The printed document as blocks in reading order: what the .docx writes and the preview lays out. */
export type TBlock =
  | { kind: 'title'; lines: string[] }
  | { kind: 'blank' }
  | { kind: 'recipient'; text: string }
  | { kind: 'body'; text: string }
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { kind: 'signature' | 'date'; text: string; rightIndent: number };

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

function partBlocks(report: TReport, template: TTemplate): TBlock[] {
  const order = template.parts.map((p) => p.key);
  return template.parts.flatMap((tp): TBlock[] => {
    const part = report.parts[tp.key];
    const first = firstNumberOfPart(report, tp.key, order);
    if (part.none) {
      const heading = fillPattern(tp.heading, { year: report.year, nextYear: report.year + 1 });
      return [{ kind: 'heading', level: 1, text: headingLabel(1, first) + clean(heading) }, { kind: 'body', text: '无。' }];
    }
    return numberSections(part.sections, first).flatMap(({ section, level, label }): TBlock[] => [
      ...(label ? [{ kind: 'heading' as const, level: Math.min(level, 4) as 1 | 2 | 3 | 4, text: label + clean(section.heading.trim()) }] : []),
      ...bodyBlocks(section.body),
    ]);
  });
}

function signOffBlocks(report: TReport): TBlock[] {
  const signature = clean(report.signature.trim());
  const date = formatChineseDate(report.date);
  const indents = signOffIndents(signature, date);
  return [
    ...(signature ? [{ kind: 'signature' as const, text: signature, rightIndent: indents.signature }] : []),
    ...(date ? [{ kind: 'date' as const, text: date, rightIndent: signature ? indents.date : 2 }] : []),
  ];
}

export function documentBlocks(report: TReport, template: TTemplate): TBlock[] {
  const keep = [report.unit, shortUnitName(report.unit, report.unitKind)];
  const title = printedTitleLines(clean(report.title.trim()), report.titleLines?.map(clean), keep);
  return [
    { kind: 'title', lines: title },
    { kind: 'blank' },
    ...(report.recipient.trim() ? [{ kind: 'recipient' as const, text: clean(recipientLine(report.recipient)) }] : []),
    ...bodyBlocks(report.opening),
    ...partBlocks(report, template),
    { kind: 'blank' },
    ...signOffBlocks(report),
  ];
}
