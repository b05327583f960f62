import type { TPartKey } from '../report/part-keys';
import type { TFactKey, TImportProposal } from './propose-import';

const FACTS: TFactKey[] = ['unit', 'year', 'title', 'recipient', 'signature', 'date'];

export type TImportExplanation = {
  facts: Record<TFactKey, { value: string | number | null; from: string | null }>;
  sections: Array<{ source: string; part: TPartKey; reason: string }>;
  dropped: string[];
};

/** The `cli import --explain` shape: each fact with where it was found, each top-level heading with the
 * part it went to and why, and the lines dropped as web-page furniture. */
export function importExplanation(p: TImportProposal): TImportExplanation {
  return {
    facts: Object.fromEntries(FACTS.map((k) => [k, { value: p[k], from: p.sources[k] }])) as TImportExplanation['facts'],
    sections: p.sections.map(({ source, part, reason }) => ({ source, part, reason })),
    dropped: p.dropped.map((d) => d.text),
  };
}
