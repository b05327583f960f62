import { readFileSync } from 'node:fs';
import { importSummary } from '@/lib/import/import-summary';
import { proposeImport } from '@/lib/import/propose-import';
import { readSource } from '@/lib/import/read-source';
import { getTemplate } from '@/lib/template/get-template';

/** What `cli import --summary` prints for these bytes. */
export async function summaryOf(bytes: Uint8Array) {
  return importSummary(proposeImport(await readSource(bytes), getTemplate()));
}

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)));
}
