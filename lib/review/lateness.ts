import { daysBetween } from '../report/deadlines';
import type { TReportStatus } from './status';

/** How a unit stands against the 报送 deadline: days left while it has not reported (negative once late),
 * or, once reported, how many days after the deadline it came (0 when on time). */
export type TLateness = { kind: 'left'; days: number } | { kind: 'late'; days: number } | { kind: 'on-time' };

export function lateness(status: TReportStatus | 'missing', submittedAt: string | null, reportBy: string, todayIso: string): TLateness {
  const reported = status !== 'missing' && status !== 'draft' && status !== 'returned' && submittedAt !== null;
  if (reported) {
    const late = daysBetween(reportBy, submittedAt.slice(0, 10));
    return late > 0 ? { kind: 'late', days: late } : { kind: 'on-time' };
  }
  const left = daysBetween(todayIso, reportBy);
  return left >= 0 ? { kind: 'left', days: left } : { kind: 'late', days: -left };
}

/** For sorting by lateness: the latest first, then those with the fewest days left. */
export const latenessRank = (l: TLateness): number => (l.kind === 'late' ? -l.days : l.kind === 'left' ? l.days : 10_000);

/** How a unit stands against the 公开 deadline (4月1日): published on time or late, or days left (late once
 * the day has passed) while it is not published. */
export function publicationLateness(publishedOn: string | null, publishBy: string, todayIso: string): TLateness {
  if (publishedOn) {
    const late = daysBetween(publishBy, publishedOn);
    return late > 0 ? { kind: 'late', days: late } : { kind: 'on-time' };
  }
  const left = daysBetween(todayIso, publishBy);
  return left >= 0 ? { kind: 'left', days: left } : { kind: 'late', days: -left };
}
