import { getRepository } from '@/lib/db/get-repository';
import { jsonError } from '@/lib/http/json-response';
import { signedInRoute } from '@/lib/http/signed-in-route';
import type { TUserActor } from '@/lib/auth/actor';

type TContext = { params: Promise<{ id: string }> };

/** The text of the file a draft was imported from, as it was read. */
export const GET = signedInRoute(async (_request: Request, actor: TUserActor, { params }: TContext): Promise<Response> => {
  const { id } = await params;
  const source = await (await getRepository(actor)).getSource(id);
  if (!source) return jsonError(404, '这份报告不是从文件导入的，没有保存原文。');
  return new Response(source.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
});
