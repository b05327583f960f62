import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summaryOf } from '../../support/import';

/**
 * Real published reports (openings, headings and page furniture of 32 reports from 15 provinces, public
 * government pages) with answers made by hand: half to tune the importer on, half held out. The tuned
 * half must import exactly; the held-out half is scored per field, as the importer meets reports it
 * has never seen.
 */
const DIR = new URL('../../fixtures/real-reports/', import.meta.url);
type TWant = { split: 'tune' | 'heldout'; unit: string | null; year: number | null; title: string | null; recipient: string | null; signature: string | null; date: string | null; sections: Array<[string, string]>; junk: string[] };
const reports = Object.entries((JSON.parse(readFileSync(new URL('expected.json', DIR), 'utf8')) as { reports: Record<string, TWant> }).reports);
const FIELDS = ['unit', 'year', 'title', 'recipient', 'signature', 'date', 'sections', 'junk'] as const;

const oneSpace = (lines: string[]) => lines.map((l) => l.replace(/\s+/g, ' ').trim());
const byHeading = (sections: Array<[string, string]>) => [...sections].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

async function fieldsOf(name: string): Promise<Record<(typeof FIELDS)[number], unknown>> {
  const s = await summaryOf(new Uint8Array(readFileSync(new URL(`${name}.txt`, DIR))));
  const sections = Object.entries(s.parts).flatMap(([part, headings]) => headings.map((h): [string, string] => [h, part]));
  return { unit: s.unit, year: s.year, title: s.title, recipient: s.recipient, signature: s.signature, date: s.date, sections: byHeading(sections), junk: oneSpace(s.dropped) };
}

const wanted = (want: TWant) => ({ ...want, sections: byHeading(want.sections), junk: oneSpace(want.junk) });

describe('importing real reports it was tuned on', () => {
  for (const [name, want] of reports.filter(([, w]) => w.split === 'tune')) {
    it(`${name}: every field as the answers say`, async () => {
      const got = await fieldsOf(name);
      const expected = wanted(want);
      expect(got).toEqual(Object.fromEntries(FIELDS.map((f) => [f, expected[f]])));
    });
  }
});

describe('importing real reports held out from tuning', () => {
  it('gets at least 90 % of the fields right, and reports the score per field', async () => {
    const held = reports.filter(([, w]) => w.split === 'heldout');
    expect(held.length).toBeGreaterThanOrEqual(12);
    const right = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<(typeof FIELDS)[number], number>;
    for (const [name, want] of held) {
      const got = await fieldsOf(name);
      const expected = wanted(want);
      for (const f of FIELDS) if (JSON.stringify(got[f]) === JSON.stringify(expected[f])) right[f] += 1;
    }
    console.info(`held-out reports (${held.length}), fields right: ${FIELDS.map((f) => `${f} ${right[f]}/${held.length}`).join(', ')}`);
    const total = FIELDS.reduce((sum, f) => sum + right[f], 0);
    expect(total / (FIELDS.length * held.length)).toBeGreaterThanOrEqual(0.9);
  });
});
