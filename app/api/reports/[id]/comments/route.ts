import type { TUserActor } from '@/lib/auth/actor';
import { jsonError } from '@/lib/http/json-response';
import { readJsonBody } from '@/lib/http/read-json-body';
import { signedInRoute } from '@/lib/http/signed-in-route';
import { getReview } from '@/lib/review/get-review';
import { ZNewComment } from '@/lib/review/requests';

type TContext = { params: Promise<{ id: string }> };

const NOT_FOUND = '找不到这份报告，它可能已被删除。';

/** 审核意见 of a report, open ones first. */
export const GET = signedInRoute(async (_request: Request, actor: TUserActor, { params }: TContext): Promise<Response> => {
  const comments = await (await getReview(actor)).comments((await params).id);
  return comments ? Response.json(comments) : jsonError(404, NOT_FOUND);
});

/** A reviewer's comment on the report, a part or a paragraph. */
export const POST = signedInRoute(async (request: Request, actor: TUserActor, { params }: TContext): Promise<Response> => {
  const body = await readJsonBody(request, ZNewComment);
  if (!body.ok) return jsonError(body.status, body.message, body.fieldErrors);
  const comment = await (await getReview(actor)).addComment((await params).id, body.data);
  return comment ? Response.json(comment, { status: 201 }) : jsonError(404, NOT_FOUND);
});
