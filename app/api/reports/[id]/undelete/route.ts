import { getRepository } from '@/lib/db/get-repository';
import { jsonError } from '@/lib/http/json-response';
import { signedInRoute } from '@/lib/http/signed-in-route';
import type { TUserActor } from '@/lib/auth/actor';

type TContext = { params: Promise<{ id: string }> };

/** 已删除 → 恢复: a report deleted in the last 30 days back in the list. */
export const POST = signedInRoute(async (_request: Request, actor: TUserActor, { params }: TContext): Promise<Response> => {
  const { id } = await params;
  const restored = await (await getRepository(actor)).undelete(id);
  return restored ? new Response(null, { status: 204 }) : jsonError(404, '找不到这份已删除的报告。');
});
