import type { TTemplate } from '../template/schema';
import { PART_KEYS, type TPartKey, type TUnitKind } from '../report/part-keys';
import { defaultFormat, emptyPart } from '../report/new-report';
import { REPORT_SCHEMA_VERSION, type TPart, type TReport } from '../report/schema';
import type { TImportProposal } from './propose-import';

const NOTHING = /^无[。.]?$/;

function unitKindOf(unit: string): TUnitKind {
  if (/街道/.test(unit)) return '街道';
  if (/乡/.test(unit) && !/镇/.test(unit)) return '乡';
  if (/镇/.test(unit)) return '镇';
  return '县级部门';
}

/** Last year's report as Nianbao's model, its sections in the parts the proposal assigned them to; a part
 * whose only section says 无 is that explicit 无. */
export function importedReport(proposal: TImportProposal, template: TTemplate): TReport {
  const parts = Object.fromEntries(PART_KEYS.map((k) => [k, emptyPart()])) as Record<TPartKey, TPart>;
  for (const { part, section } of proposal.sections) parts[part].sections.push(section);
  for (const key of PART_KEYS) {
    const only = parts[key].sections;
    if (only.length === 1 && only[0]!.children.length === 0 && NOTHING.test(only[0]!.body.trim())) parts[key] = { sections: [], none: true, done: false };
  }
  const unit = proposal.unit ?? '';
  const unitKind = unitKindOf(unit);
  return {
    ...defaultFormat(unit, unitKind),
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
  };
}
