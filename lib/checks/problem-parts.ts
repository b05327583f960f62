import type { TFinding } from './types';

/** The parts that have an 错误, for the task list's 有问题 status. */
export function problemParts(errors: TFinding[]): Set<string> {
  return new Set(errors.flatMap((f) => (f.place.part ? [f.place.part] : [])));
}
