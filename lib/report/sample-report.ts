import sample from '../../tests/fixtures/sample-report.json';
import { ZReport, type TReport } from './schema';

/** The demo report behind 从示例开始: the same fixture the tests use, validated like any other input. */
export function sampleReport(): TReport {
  return ZReport.parse(structuredClone(sample));
}
