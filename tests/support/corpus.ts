import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** ../shared/corpus beside the project: real published reports. CI has it; a plain clone may not. */
export const CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
export const hasCorpus = existsSync(`${CORPUS_DIR}expected.json`);

if (!hasCorpus) console.warn(`../shared/corpus is not there (looked in ${CORPUS_DIR}): the tests on real reports are skipped.`);

export type TExpected = {
  unit: string;
  year: number;
  title: string | null;
  recipient: string | null;
  signature: string | null;
  date: string | null;
  sections: Array<[string, string]>;
  missing: string[];
  junk: string[];
};

export function corpusExpected(): Record<string, TExpected> {
  return (JSON.parse(readFileSync(`${CORPUS_DIR}expected.json`, 'utf8')) as { reports: Record<string, TExpected> }).reports;
}

export function corpusText(name: string): string {
  return readFileSync(`${CORPUS_DIR}${name}.txt`, 'utf8').replace(/\r\n?/g, '\n');
}
