import 'server-only';
import type { TStoredReport } from '../db/report-repository';
import { checksOfStored } from '../http/stored-results';
import type { ReviewRepository } from './review-repository';

/** Counts a stored version's 错误 and 提示 for the dashboard (after a save's answer has gone, so the
 * clerk never waits for it). A check that could not finish is left uncounted, to be tried again. */
export async function countFindings(stored: TStoredReport, review: ReviewRepository): Promise<void> {
  const checks = await checksOfStored(stored);
  if (checks.failure === null) await review.recordCounts(stored.id, stored.version, checks.errors.length, checks.hints.length);
}
