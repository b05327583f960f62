import type { z } from 'zod';
import { fillPattern } from '../template/fill';
import type { TTemplate } from '../template/schema';
import { PART_KEYS, type TUnitKind } from './part-keys';
import { REPORT_SCHEMA_VERSION, ZBasics, type TPart, type TReport } from './schema';

/** The 新建报告 form: what the clerk gives before anything else can be proposed. */
export const ZNewReport = ZBasics.pick({ unit: true, unitKind: true, year: true, recipient: true });
export type TNewReport = z.infer<typeof ZNewReport>;

// Region prefixes of a township's full name (重庆市巴南区东温泉镇人民政府): a title names the township alone.
const REGION_PREFIX = /^[\u4e00-\u9fa5]{1,10}?(?:特别行政区|自治区|自治州|自治县|地区|省|市|州|盟|区|县|旗)(?=[\u4e00-\u9fa5]{2,})/;

export function shortUnitName(unit: string, kind: TUnitKind): string {
  let name = unit.trim();
  if (kind === '县级部门') return name;
  for (let m = REGION_PREFIX.exec(name); m; m = REGION_PREFIX.exec(name)) {
    const rest = name.slice(m[0].length);
    if (!/[镇乡]|街道/.test(rest)) break;
    name = rest;
  }
  // A 街道办事处 is named under the district government that set it up (南岸区人民政府龙门浩街道办事处).
  return name.replace(/^人民政府(?=.*(?:街道|镇|乡))/, '');
}

/** The level of government a unit reports to, read from its full name: the last region before the
 * unit's own name (重庆市巴南区东温泉镇人民政府 → 区, 某某县司法局 → 县), or null when the name has none. */
function superiorLevel(unit: string): string | null {
  let name = unit.trim();
  let level: string | null = null;
  for (let m = REGION_PREFIX.exec(name); m; m = REGION_PREFIX.exec(name)) {
    level = /自治县$/.test(m[0]) ? '县' : /(区|县|市|旗)$/.exec(m[0])?.[1] ?? level;
    name = name.slice(m[0].length);
  }
  return level;
}

/** 主送机关 as the template suggests it for the unit kind, at the level the unit's own name shows: a
 * township in a 区 reports to 区委、区人民政府, one in a county-level 市 to 市委、市人民政府. */
export function suggestedRecipient(unit: string, kind: TUnitKind, template: TTemplate): string {
  const suggestion = template.recipientSuggestions[kind];
  const level = superiorLevel(unit);
  return level ? suggestion.replace(/[县区市旗](?=委|人民政府)/g, level) : suggestion;
}

/** How the unit speaks of itself in the opening: 我镇, 我乡, 我街道, 我局. */
export function selfReference(unit: string, kind: TUnitKind): string {
  if (kind !== '县级部门') return `我${kind}`;
  const m = /(局|委员会|委|办公室|办|中心|院|所)$/.exec(unit.trim());
  return m ? `我${m[1] === '委员会' ? '委' : m[1]}` : '我单位';
}

export function proposeTitle(input: Pick<TNewReport, 'unit' | 'unitKind' | 'year'>, template: TTemplate): string {
  return fillPattern(template.titlePattern, { unit: shortUnitName(input.unit, input.unitKind), year: input.year });
}

export function proposeOpening(input: TNewReport, template: TTemplate): string {
  const superior = input.recipient.trim().replace(/[：:]$/, '') || '上级党委、政府';
  return fillPattern(template.openingPattern, {
    year: input.year,
    short: selfReference(input.unit, input.unitKind),
    superior,
  });
}

/** The report year a clerk writes about by default: the year that has just ended. */
export function defaultReportYear(today: Date): number {
  return today.getFullYear() - 1;
}

export function emptyPart(): TPart {
  return { sections: [], none: false, done: false };
}

/** 抄送 as a township's report is copied: the 依法治 office of the level it reports to (GB/T 9704 版记). */
export function suggestedCopyTo(unit: string): string {
  const level = superiorLevel(unit) ?? '县';
  return `${level}委全面依法治${level}委员会办公室`;
}

/** 印发机关: the unit's own office. */
export function suggestedPrinter(unit: string, kind: TUnitKind): string {
  return kind === '县级部门' ? `${unit.trim()}办公室` : `${shortUnitName(unit, kind).replace(/人民政府$|办事处$/, '')}党政办公室`;
}

type TFormatFields = Pick<TReport, 'layout' | 'partHeadings' | 'seal' | 'note' | 'masthead' | 'mastheadMark' | 'docNumber' | 'signers' | 'colophon' | 'copyTo' | 'printer' | 'printDate'>;

/** A new report's structure and submission elements: the five parts as its level-1 headings, the copy for
 * the website (no seal, no 版头, no 版记), with 抄送 and 印发机关 proposed for when the clerk turns the 版记 on. */
export function defaultFormat(unit: string, kind: TUnitKind): TFormatFields {
  return {
    layout: 'parts',
    partHeadings: Object.fromEntries(PART_KEYS.map((k) => [k, ''])) as TReport['partHeadings'],
    seal: false,
    note: '',
    masthead: false,
    mastheadMark: '',
    docNumber: '',
    signers: '',
    colophon: false,
    copyTo: suggestedCopyTo(unit),
    printer: suggestedPrinter(unit, kind),
    printDate: '',
  };
}

export function createReport(input: TNewReport, template: TTemplate): TReport {
  const unit = input.unit.trim();
  return {
    ...defaultFormat(unit, input.unitKind),
    schemaVersion: REPORT_SCHEMA_VERSION,
    template: template.id,
    unit,
    unitKind: input.unitKind,
    year: input.year,
    title: proposeTitle(input, template),
    recipient: input.recipient.trim(),
    signature: unit,
    date: '',
    opening: proposeOpening(input, template),
    parts: Object.fromEntries(PART_KEYS.map((k) => [k, emptyPart()])) as TReport['parts'],
    figures: {},
    figuresAnnex: false,
  };
}
