import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PART_KEYS } from '@/lib/report/part-keys';
import { CORPUS_DIR, corpusExpected, hasCorpus } from '../../support/corpus';
import { summaryOf } from '../../support/import';
import { hasLibreOffice, pdfOf } from '../../support/libreoffice';

if (hasCorpus && !hasLibreOffice) console.warn('LibreOffice is not installed: the real reports are not imported as PDFs here. .ci/run installs it.');

/** What a PDF keeps of a summary: its text layer has no spaces between words (LibreOffice spaces a figure
 * from Chinese by layout, not by a space character), and a page's furniture wraps where the page is
 * narrow, so strings compare without white space and the dropped lines as one run of text. */
function asPdfKeepsIt<T extends { dropped: string[] }>(summary: T): unknown {
  const squeezed = JSON.parse(JSON.stringify(summary).replace(/\s+/g, '')) as T;
  return { ...squeezed, dropped: squeezed.dropped.join('') };
}

/** The report in a form: its .txt, its .docx, or the PDF LibreOffice makes of the .docx. */
function bytesOf(name: string, format: string): Uint8Array {
  const file = (ext: string) => new Uint8Array(readFileSync(`${CORPUS_DIR}${name}.${ext}`));
  return format === 'pdf' ? pdfOf(file('docx')) : file(format);
}

describe.skipIf(!hasCorpus)('importing the real reports in ../shared/corpus', () => {
  const expected = hasCorpus ? corpusExpected() : {};
  for (const [name, want] of Object.entries(expected)) {
    for (const format of ['txt', 'docx', ...(hasLibreOffice ? ['pdf'] : [])]) {
      it(`${name}.${format} imports as expected.json describes`, async () => {
        const summary = await summaryOf(bytesOf(name, format));
        const asRead = format === 'pdf' ? asPdfKeepsIt : <T,>(x: T) => x;
        expect(asRead(summary)).toEqual(asRead({
          unit: want.unit,
          year: want.year,
          title: want.title,
          recipient: want.recipient,
          signature: want.signature,
          date: want.date,
          parts: Object.fromEntries(PART_KEYS.map((k) => [k, want.sections.filter(([, part]) => part === k).map(([heading]) => heading)])),
          missing: want.missing,
          dropped: want.junk,
        }));
      });
    }
  }
});
