import { readFileSync } from 'node:fs';
import { ZReport, type TReport } from '@/lib/report/schema';

/** A fresh, schema-checked copy of the sample report for each test to change as it likes. */
export function loadSample(): TReport {
  return ZReport.parse(JSON.parse(readFileSync(new URL('../fixtures/sample-report.json', import.meta.url), 'utf8')));
}
