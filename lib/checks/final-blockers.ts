import type { TCheckResult } from './run-checks';

/** Why the 正式稿 cannot be downloaded yet: every 错误 of the checks, or why they could not finish; empty when it can. */
export function finalBlockers(checks: TCheckResult & { failure: string | null }): string[] {
  return checks.failure ? [checks.failure] : checks.errors.map((f) => f.message);
}
