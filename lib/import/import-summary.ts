import { PART_KEYS, type TPartKey } from '../report/part-keys';
import type { TImportFacts, TImportProposal } from './propose-import';

export type TImportSummary = TImportFacts & {
  parts: Record<TPartKey, string[]>;
  missing: TPartKey[];
  dropped: string[];
};

/** The `cli import --summary` shape: the facts found, each part's top-level headings as printed in the
 * source, the parts left empty, and the lines dropped as web-page furniture. */
export function importSummary(p: TImportProposal): TImportSummary {
  const parts = Object.fromEntries(PART_KEYS.map((k) => [k, p.sections.filter((s) => s.part === k).map((s) => s.source)])) as Record<TPartKey, string[]>;
  return {
    unit: p.unit,
    year: p.year,
    title: p.title,
    recipient: p.recipient,
    signature: p.signature,
    date: p.date,
    parts,
    missing: PART_KEYS.filter((k) => parts[k].length === 0),
    dropped: p.dropped.map((d) => d.text),
  };
}
