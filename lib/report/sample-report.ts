import sample from '../../tests/fixtures/sample-report.json';
import type { TReport } from './schema';
import { ZStoredReport } from './upgrade';

/** The demo report behind 从示例开始: the same fixture the tests use, validated like any other input. */
export function sampleReport(): TReport {
  return ZStoredReport.parse(structuredClone(sample));
}
