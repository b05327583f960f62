import type { TUserActor } from '@/lib/auth/actor';
import { finalBlockers } from '@/lib/checks/final-blockers';
import { getRepository } from '@/lib/db/get-repository';
import { checksOfStored } from '@/lib/http/stored-results';
import { jsonError } from '@/lib/http/json-response';
import { readJsonBody } from '@/lib/http/read-json-body';
import { signedInRoute } from '@/lib/http/signed-in-route';
import { getReview } from '@/lib/review/get-review';
import { ZReviewAction } from '@/lib/review/requests';

type TContext = { params: Promise<{ id: string }> };

/** 报送 / 退回修改 / 通过 / 已公开. 报送 is refused while the checks find an 错误 in the version submitted. */
export const POST = signedInRoute(async (request: Request, actor: TUserActor, { params }: TContext): Promise<Response> => {
  const { id } = await params;
  const body = await readJsonBody(request, ZReviewAction);
  if (!body.ok) return jsonError(body.status, body.message, body.fieldErrors);
  let blockers: string[] = [];
  if (body.data.action === 'submit') {
    const stored = await (await getRepository(actor)).get(id);
    if (!stored) return jsonError(404, '找不到这份报告，它可能已被删除。');
    if (stored.version === body.data.version) blockers = finalBlockers(await checksOfStored(stored));
  }
  const outcome = await (await getReview(actor)).act(id, body.data, blockers);
  return outcome.ok ? Response.json({ status: outcome.status, version: outcome.version }) : jsonError(outcome.status, outcome.message);
});
