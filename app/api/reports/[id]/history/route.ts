import { z } from 'zod';
import { getRepository } from '@/lib/db/get-repository';
import { readJsonBody } from '@/lib/http/read-json-body';
import { jsonError } from '@/lib/http/json-response';
import { signedInRoute } from '@/lib/http/signed-in-route';
import type { TUserActor } from '@/lib/auth/actor';

type TContext = { params: Promise<{ id: string }> };

const ZRestore = z.object({ versionId: z.string().min(1).max(40), version: z.number().int().positive() });

/** 恢复此版本: the kept text saved over the current version, itself kept as a new version. */
export const POST = signedInRoute(async (request: Request, actor: TUserActor, { params }: TContext): Promise<Response> => {
  const { id } = await params;
  const body = await readJsonBody(request, ZRestore);
  if (!body.ok) return jsonError(body.status, body.message, body.fieldErrors);
  const result = await (await getRepository(actor)).restore(id, body.data.versionId, body.data.version);
  if (result.ok) return Response.json({ version: result.stored.version });
  if (result.reason === 'not-found') return jsonError(404, '找不到这个版本或这份报告。');
  return jsonError(409, '报告刚刚被修改过，请刷新页面后再恢复。');
});
