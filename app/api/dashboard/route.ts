import { after } from 'next/server';
import { z } from 'zod';
import type { TUserActor } from '@/lib/auth/actor';
import { getRepository } from '@/lib/db/get-repository';
import { jsonError } from '@/lib/http/json-response';
import { signedInRoute } from '@/lib/http/signed-in-route';
import { countFindings } from '@/lib/review/count-findings';
import { getReview } from '@/lib/review/get-review';
import { ZYear } from '@/lib/report/schema';

export const dynamic = 'force-dynamic';

/** 汇总 of a year (?year=2025) for reviewers. Reports whose checks have not been counted for their current
 * version are counted after the answer has gone, for the next look. */
export const GET = signedInRoute(async (request: Request, actor: TUserActor): Promise<Response> => {
  const year = z.coerce.number().pipe(ZYear).safeParse(new URL(request.url).searchParams.get('year'));
  if (!year.success) return jsonError(400, '请指定年度，如 ?year=2025');
  const review = await getReview(actor);
  const dashboard = await review.dashboard(year.data);
  const uncounted = dashboard.rows.flatMap((r) => (r.reportId && r.errors === null ? [r.reportId] : []));
  if (uncounted.length > 0) {
    after(async () => {
      const reports = await getRepository(actor);
      for (const id of uncounted) {
        const stored = await reports.get(id).catch(() => null);
        if (stored) await countFindings(stored, review);
      }
    });
  }
  return Response.json(dashboard);
});
