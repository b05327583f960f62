import { z } from 'zod';
import type { TUserActor } from '@/lib/auth/actor';
import { jsonError } from '@/lib/http/json-response';
import { readJsonBody } from '@/lib/http/read-json-body';
import { signedInRoute } from '@/lib/http/signed-in-route';
import { getReview } from '@/lib/review/get-review';
import { ZDeadlines } from '@/lib/review/requests';
import { ZYear } from '@/lib/report/schema';

type TContext = { params: Promise<{ year: string }> };

/** The year's 报送 and 公开 deadlines (administrators); the dashboard counts lateness against them. */
export const PUT = signedInRoute(async (request: Request, actor: TUserActor, { params }: TContext): Promise<Response> => {
  const year = z.coerce.number().pipe(ZYear).safeParse((await params).year);
  if (!year.success) return jsonError(404, '没有这个年度。');
  const body = await readJsonBody(request, ZDeadlines);
  if (!body.ok) return jsonError(body.status, body.message, body.fieldErrors);
  await (await getReview(actor)).setDeadlines(year.data, body.data);
  return new Response(null, { status: 204 });
});
