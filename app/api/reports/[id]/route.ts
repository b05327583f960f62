import { getRepository } from '@/lib/db/get-repository';
import { readJsonBody } from '@/lib/http/read-json-body';
import { jsonError } from '@/lib/http/json-response';
import { ZSaveRequest } from '@/lib/report/requests';
import { apiRoute } from '@/lib/http/api-route';

type TContext = { params: Promise<{ id: string }> };

const NOT_FOUND = '找不到这份报告，它可能已被删除。';

/** The report's JSON, exactly what `cli render` reads; its version travels in the ETag. */
export const GET = apiRoute(async (_request: Request, { params }: TContext): Promise<Response> => {
  const { id } = await params;
  const stored = await (await getRepository()).get(id);
  if (!stored) return jsonError(404, NOT_FOUND);
  return Response.json(stored.report, { headers: { ETag: `"v${stored.version}"`, 'Cache-Control': 'no-store' } });
});

export const PUT = apiRoute(async (request: Request, { params }: TContext): Promise<Response> => {
  const { id } = await params;
  const body = await readJsonBody(request, ZSaveRequest);
  if (!body.ok) return jsonError(body.status, body.message, body.fieldErrors);
  const result = await (await getRepository()).save(id, body.data.report, body.data.version, body.data.saveId);
  if (result.ok) return Response.json({ version: result.stored.version, updatedAt: result.stored.updatedAt });
  if (result.reason === 'not-found') return jsonError(404, NOT_FOUND);
  return Response.json(
    { message: '这份报告已在其他窗口或由其他人修改过，本次修改没有覆盖它。请对比两边的文字后选择。', version: result.current.version },
    { status: 409 },
  );
});

export const DELETE = apiRoute(async (_request: Request, { params }: TContext): Promise<Response> => {
  const { id } = await params;
  const removed = await (await getRepository()).remove(id);
  return removed ? new Response(null, { status: 204 }) : jsonError(404, NOT_FOUND);
});
