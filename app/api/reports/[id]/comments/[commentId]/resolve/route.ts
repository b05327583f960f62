import type { TUserActor } from '@/lib/auth/actor';
import { jsonError } from '@/lib/http/json-response';
import { signedInRoute } from '@/lib/http/signed-in-route';
import { getReview } from '@/lib/review/get-review';

type TContext = { params: Promise<{ id: string; commentId: string }> };

/** 标为已解决: the unit's clerk has dealt with a comment. */
export const POST = signedInRoute(async (_request: Request, actor: TUserActor, { params }: TContext): Promise<Response> => {
  const { id, commentId } = await params;
  const resolved = await (await getReview(actor)).resolveComment(id, commentId);
  return resolved ? new Response(null, { status: 204 }) : jsonError(404, '找不到这条批注，或它已经标为已解决。');
});
