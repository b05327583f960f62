import type { TTemplate } from '../template/schema';
import { PART_KEYS, type TPartKey, type TUnitKind } from '../report/part-keys';
import { LIMITS } from '../report/limits';
import { defaultFormat, emptyPart } from '../report/new-report';
import { depthOf, REPORT_SCHEMA_VERSION, type TPart, type TReport, type TSection } from '../report/schema';
import type { TImportProposal } from './propose-import';

const NOTHING = /^无[。.]?$/;

function unitKindOf(unit: string): TUnitKind {
  if (/街道/.test(unit)) return '街道';
  if (/乡/.test(unit) && !/镇/.test(unit)) return '乡';
  if (/镇/.test(unit)) return '镇';
  return '县级部门';
}

/** A part heading's own sections: the text under the heading before its first sub-heading stands first,
 * without a heading of its own. */
function unwrapped(section: TSection): TSection[] {
  return section.body.trim() ? [{ ...section, heading: '', children: [] }, ...section.children] : section.children;
}

type TLaidOut = { layout: TReport['layout']; sections: Array<{ part: TPartKey; section: TSection }> };

/** Last year's shape, kept: when its level-1 headings are the parts themselves (every one with sub-sections
 * names a part), the report is laid out in the five parts and each part heading's sub-sections become the
 * part's sections; otherwise its topics stay the level-1 headings they were. */
export function laidOut(proposal: Pick<TImportProposal, 'sections'>): TLaidOut {
  const flat: TLaidOut = { layout: 'flat', sections: proposal.sections };
  // Every heading with sub-sections of its own names a part: one topic among them (二、严格规范执法，法治
  // 建设成效明显) means the topics were the level-1 headings, and a topic's words are never dropped.
  const wrappers = proposal.sections.filter((s) => s.section.children.length > 0);
  if (wrappers.length === 0 || !wrappers.every((s) => s.namesPart)) return flat;
  const sections = proposal.sections.flatMap(({ part, namesPart, section }) => (namesPart ? unwrapped(section) : [section]).map((s) => ({ part, section: s })));
  const tooDeep = PART_KEYS.some((key) => depthOf(sections.filter((s) => s.part === key).map((s) => s.section)) > LIMITS.depthUnderPart);
  return tooDeep ? flat : { layout: 'parts', sections };
}

/** Last year's report as Nianbao's model, its sections in the parts the proposal assigned them to; a part
 * whose only section says 无 is that explicit 无. */
export function importedReport(proposal: TImportProposal, template: TTemplate): TReport {
  const parts = Object.fromEntries(PART_KEYS.map((k) => [k, emptyPart()])) as Record<TPartKey, TPart>;
  const { layout, sections } = laidOut(proposal);
  for (const { part, section } of sections) parts[part].sections.push(section);
  for (const key of PART_KEYS) {
    const only = parts[key].sections;
    if (only.length === 1 && only[0]!.children.length === 0 && NOTHING.test(only[0]!.body.trim())) parts[key] = { sections: [], none: true, done: false };
  }
  const unit = proposal.unit ?? '';
  const unitKind = unitKindOf(unit);
  return {
    ...defaultFormat(unit, unitKind),
    layout,
    schemaVersion: REPORT_SCHEMA_VERSION,
    template: template.id,
    unit: unit || '（请填写单位全称）',
    unitKind,
    year: proposal.year ?? new Date().getFullYear() - 2,
    title: proposal.title ?? '',
    recipient: proposal.recipient ?? '',
    signature: proposal.signature ?? '',
    date: proposal.date ?? '',
    opening: proposal.opening,
    parts,
    figures: {},
    figuresAnnex: false,
  };
}
