import 'server-only';
import type { TActor } from '../auth/actor';
import { countNow } from './count-when-idle';
import { getReview } from './get-review';

/** Uncounted reports the dashboard counts before it answers; more are counted after, for the next look. */
const COUNT_BEFORE_ANSWER = 20;

/** The dashboard of `year` with every report's counts that can be had at once: a few uncounted ones (just
 * saved) are counted first; many (a server's first look) after the answer, through `later`. */
export async function countedDashboard(actor: TActor, year: number, later: (work: () => Promise<void>) => void) {
  const review = await getReview(actor);
  const dashboard = await review.dashboard(year);
  const uncounted = dashboard.rows.flatMap((r) => (r.reportId && r.errors === null ? [r.reportId] : []));
  if (uncounted.length === 0) return dashboard;
  if (uncounted.length > COUNT_BEFORE_ANSWER) {
    later(() => countNow(uncounted, actor));
    return dashboard;
  }
  await countNow(uncounted, actor);
  return review.dashboard(year);
}
