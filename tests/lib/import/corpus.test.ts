import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PART_KEYS } from '@/lib/report/part-keys';
import { CORPUS_DIR, corpusExpected, hasCorpus } from '../../support/corpus';
import { summaryOf } from '../../support/import';

describe.skipIf(!hasCorpus)('importing the real reports in ../shared/corpus', () => {
  const expected = hasCorpus ? corpusExpected() : {};
  for (const [name, want] of Object.entries(expected)) {
    for (const format of ['txt', 'docx']) {
      it(`${name}.${format} imports as expected.json describes`, async () => {
        const summary = await summaryOf(new Uint8Array(readFileSync(`${CORPUS_DIR}${name}.${format}`)));
        expect(summary).toEqual({
          unit: want.unit,
          year: want.year,
          title: want.title,
          recipient: want.recipient,
          signature: want.signature,
          date: want.date,
          parts: Object.fromEntries(PART_KEYS.map((k) => [k, want.sections.filter(([, part]) => part === k).map(([heading]) => heading)])),
          missing: want.missing,
          dropped: want.junk,
        });
      });
    }
  }
});
