import { ZBackup } from '@/lib/backup/schema';
import { getRepository } from '@/lib/db/get-repository';
import { contentDisposition } from '@/lib/docx/file-name';
import { readJsonBody } from '@/lib/http/read-json-body';
import { jsonError } from '@/lib/http/json-response';
import { signedInRoute } from '@/lib/http/signed-in-route';
import type { TUserActor } from '@/lib/auth/actor';

const BACKUP_LIMIT = 100 * 1_048_576;

export const dynamic = 'force-dynamic';

/** 导出全部数据: every report with its history, as one JSON file. */
export const GET = signedInRoute(async (_request: Request, actor: TUserActor): Promise<Response> => {
  const backup = await (await getRepository(actor)).exportAll();
  const name = `年报数据备份-${backup.exportedAt.slice(0, 10)}.json`;
  return new Response(JSON.stringify(backup), {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': contentDisposition(name), 'Cache-Control': 'no-store' },
  });
});

/** 导入数据: a backup's reports added; those already here are replaced only with ?replace=1, else named (409). */
export const POST = signedInRoute(async (request: Request, actor: TUserActor): Promise<Response> => {
  const body = await readJsonBody(request, ZBackup, BACKUP_LIMIT);
  if (!body.ok) return jsonError(body.status, body.status === 422 ? `这不是年报导出的数据文件，或文件已损坏：${body.message}` : body.message, body.fieldErrors);
  const replace = new URL(request.url).searchParams.get('replace') === '1';
  const result = await (await getRepository(actor)).restoreAll(body.data, replace);
  if (result.existing.length > 0) {
    return Response.json({ message: `有 ${result.existing.length} 份报告已经存在。覆盖会用备份中的内容替换它们（包括历史版本）。`, existing: result.existing }, { status: 409 });
  }
  // The raw rows a backup kept because they could not be read are not brought back: say how many.
  return Response.json({ ...result, unreadable: body.data.unreadable?.length ?? 0 });
});
