import { after } from 'next/server';
import { z } from 'zod';
import type { TUserActor } from '@/lib/auth/actor';
import { jsonError } from '@/lib/http/json-response';
import { signedInRoute } from '@/lib/http/signed-in-route';
import { countedDashboard } from '@/lib/review/counted-dashboard';
import { ZYear } from '@/lib/report/schema';

export const dynamic = 'force-dynamic';

/** 汇总 of a year (?year=2025) for reviewers. */
export const GET = signedInRoute(async (request: Request, actor: TUserActor): Promise<Response> => {
  const year = z.coerce.number().pipe(ZYear).safeParse(new URL(request.url).searchParams.get('year'));
  if (!year.success) return jsonError(400, '请指定年度，如 ?year=2025');
  return Response.json(await countedDashboard(actor, year.data, after));
});
