import { getRepository } from '@/lib/db/get-repository';
import { countWhenIdle } from '@/lib/review/count-when-idle';
import { readJsonBody } from '@/lib/http/read-json-body';
import { jsonError } from '@/lib/http/json-response';
import { ZSaveRequest } from '@/lib/report/requests';
import { signedInRoute } from '@/lib/http/signed-in-route';
import type { TUserActor } from '@/lib/auth/actor';
import { conflictReply, savedReply } from '@/lib/http/save-replies';

type TContext = { params: Promise<{ id: string }> };

const NOT_FOUND = '找不到这份报告，它可能已被删除。';

/** The report's JSON, exactly what `cli render` reads; its version travels in the ETag, and an editor
 * asking whether its version is still the newest (If-None-Match) gets 304 without the text. */
export const GET = signedInRoute(async (request: Request, actor: TUserActor, { params }: TContext): Promise<Response> => {
  const { id } = await params;
  const stored = await (await getRepository(actor)).get(id);
  if (!stored) return jsonError(404, NOT_FOUND);
  const etag = `"v${stored.version}"`;
  const headers = { ETag: etag, 'Cache-Control': 'no-store' };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return Response.json(stored.report, { headers });
});

export const PUT = signedInRoute(async (request: Request, actor: TUserActor, { params }: TContext): Promise<Response> => {
  const { id } = await params;
  const body = await readJsonBody(request, ZSaveRequest);
  if (!body.ok) return jsonError(body.status, body.message, body.fieldErrors);
  const { report, version, saveId, resolved } = body.data;
  const result = await (await getRepository(actor)).save(id, report, version, { saveId, keepReplaced: resolved });
  if (result.ok) {
    countWhenIdle(id, actor);
    return Response.json(savedReply(result.stored, result.merged));
  }
  if (result.reason === 'not-found') return jsonError(404, NOT_FOUND);
  return Response.json(conflictReply(result.current, result.base), { status: 409 });
});

export const DELETE = signedInRoute(async (_request: Request, actor: TUserActor, { params }: TContext): Promise<Response> => {
  const { id } = await params;
  const removed = await (await getRepository(actor)).remove(id);
  return removed ? new Response(null, { status: 204 }) : jsonError(404, NOT_FOUND);
});
