import { getRepository } from '@/lib/db/get-repository';
import { checksOfStored, renderStored } from '@/lib/http/stored-results';
import { BoundedTaskError } from '@/lib/workers/bounded';
import { signedInRoute } from '@/lib/http/signed-in-route';
import type { TUserActor } from '@/lib/auth/actor';
import { contentDisposition, docxFileName } from '@/lib/docx/file-name';
import { jsonError } from '@/lib/http/json-response';
import { finalBlockers } from '@/lib/checks/final-blockers';

type TContext = { params: Promise<{ id: string }> };

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** ?kind=draft: the 草稿, always. Otherwise the 正式稿: refused (409) while the checks find an 错误, and
 * until the clerk has confirmed the 保密审查 (?confirm=secrecy), since the file will be published.
 * `record`: the download is the clerk's, so it is noted (已下载) and the text kept in 历史版本 (a reviewer's
 * download of a unit's report records nothing). */
async function download(request: Request, actor: TUserActor, { params }: TContext, record: boolean): Promise<Response> {
  const { id } = await params;
  const query = new URL(request.url).searchParams;
  const draft = query.get('kind') === 'draft';
  const repo = await getRepository(actor);
  const stored = await repo.get(id);
  if (!stored) return jsonError(404, '找不到这份报告，它可能已被删除。');
  if (!draft) {
    const blockers = finalBlockers(await checksOfStored(stored));
    if (blockers.length > 0) return jsonError(409, `正式稿暂不能下载：${blockers.join('；')}可以先下载草稿。`);
    if (query.get('confirm') !== 'secrecy') return jsonError(409, '下载正式稿前，请在“检查并下载”页确认报告已经过保密审查。');
  }
  let bytes: Uint8Array;
  try {
    bytes = await renderStored(stored, draft ? 'draft' : 'final');
  } catch (error) {
    if (error instanceof BoundedTaskError) return jsonError(error.status, `无法生成 Word 文件：${error.message}`);
    throw error;
  }
  if (record && stored.ownUnit && !draft) await repo.markDownloaded(id);
  if (record && stored.ownUnit) await repo.keepVersion(id, '下载');
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': DOCX_TYPE,
      'Content-Disposition': contentDisposition(docxFileName(stored.report.title, draft ? '（草稿）' : '')),
      'Content-Length': String(bytes.byteLength),
      'Cache-Control': 'no-store',
    },
  });
}

/** The file only: a GET changes nothing (a link or an image on another site may cause one). */
export const GET = signedInRoute((request: Request, actor: TUserActor, context: TContext) => download(request, actor, context, false));

/** 下载 in the app: a form posts here, so the download is recorded. */
export const POST = signedInRoute((request: Request, actor: TUserActor, context: TContext) => download(request, actor, context, true));
