import { applyFindingAction, ZFindingAction } from '@/lib/checks/finding-actions';
import { ReadOnlyReportError } from '@/lib/db/errors';
import { getRepository } from '@/lib/db/get-repository';
import { readJsonBody } from '@/lib/http/read-json-body';
import { jsonError } from '@/lib/http/json-response';
import { checkBounded } from '@/lib/workers/bounded';
import { signedInRoute } from '@/lib/http/signed-in-route';
import type { TUserActor } from '@/lib/auth/actor';

type TContext = { params: Promise<{ id: string }> };

export const POST = signedInRoute(async (request: Request, actor: TUserActor, { params }: TContext): Promise<Response> => {
  const { id } = await params;
  const body = await readJsonBody(request, ZFindingAction);
  if (!body.ok) return jsonError(body.status, body.message, body.fieldErrors);
  const repo = await getRepository(actor);
  const stored = await repo.get(id);
  if (!stored) return jsonError(404, '找不到这份报告，它可能已被删除。');
  if (!stored.editable) throw new ReadOnlyReportError();
  const next = applyFindingAction(stored.report, await checkBounded(stored.report), body.data, new Date());
  if (typeof next === 'string') return jsonError(422, next);
  const saved = await repo.save(id, next, stored.version);
  if (!saved.ok) return jsonError(409, '报告刚刚被修改过，请刷新页面后重试。');
  return Response.json({ version: saved.stored.version });
});
