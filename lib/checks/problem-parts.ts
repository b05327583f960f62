import type { TTemplate } from '../template/schema';
import type { TReport } from '../report/schema';
import { runChecks } from './run-checks';

/** The parts that have an 错误, for the task list's 有问题 status. */
export function problemParts(report: TReport, template: TTemplate): Set<string> {
  return new Set(runChecks(report, template).errors.flatMap((f) => (f.place.part ? [f.place.part] : [])));
}
