import type { TTemplate } from '../template/schema';
import type { TReport } from '../report/schema';
import { runChecks } from './run-checks';

/** Why the 正式稿 cannot be downloaded yet: every 错误 of the checks; empty when it can. */
export function finalBlockers(report: TReport, template: TTemplate): string[] {
  return runChecks(report, template).errors.map((f) => f.message);
}
