import { getRepository } from '@/lib/db/get-repository';
import { contentDisposition } from '@/lib/docx/file-name';
import { signedInRoute } from '@/lib/http/signed-in-route';
import type { TUserActor } from '@/lib/auth/actor';
import { jsonError } from '@/lib/http/json-response';

type TContext = { params: Promise<{ id: string }> };

/** 下载原始数据: the report's JSON exactly as stored, even (above all) when it can no longer be read, so
 * nothing the clerk wrote is out of reach. Deleted reports too. */
export const GET = signedInRoute(async (_request: Request, actor: TUserActor, { params }: TContext): Promise<Response> => {
  const { id } = await params;
  const raw = await (await getRepository(actor)).getRaw(id);
  if (!raw) return jsonError(404, '找不到这份报告。');
  return new Response(raw.data, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': contentDisposition(`年报原始数据-${raw.id}.json`),
      'Cache-Control': 'no-store',
    },
  });
});
