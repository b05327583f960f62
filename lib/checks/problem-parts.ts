import type { TFinding } from './types';

/** The parts (and the 主要数据 step) that have an 错误, for the task list's 有问题 status. */
export function problemParts(errors: TFinding[]): Set<string> {
  return new Set(errors.flatMap((f) => (f.place.part ? [f.place.part] : f.place.field === 'figure' ? ['figures'] : [])));
}
