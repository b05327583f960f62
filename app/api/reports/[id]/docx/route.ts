import { getRepository } from '@/lib/db/get-repository';
import { renderStored } from '@/lib/http/docx-cache';
import { contentDisposition, docxFileName } from '@/lib/docx/file-name';
import { jsonError } from '@/lib/http/json-response';
import { finalBlockers } from '@/lib/report/final-blockers';
import { getTemplate } from '@/lib/template/get-template';

type TContext = { params: Promise<{ id: string }> };

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** ?kind=draft: the 草稿, always; otherwise the 正式稿, refused (409) while anything blocks it. */
export async function GET(request: Request, { params }: TContext): Promise<Response> {
  const { id } = await params;
  const draft = new URL(request.url).searchParams.get('kind') === 'draft';
  const repo = await getRepository();
  const stored = await repo.get(id);
  if (!stored) return jsonError(404, '找不到这份报告，它可能已被删除。');
  if (!draft) {
    const blockers = finalBlockers(stored.report, getTemplate(stored.report.template));
    if (blockers.length > 0) return jsonError(409, `正式稿暂不能下载：${blockers.join('；')}。可以先下载草稿。`);
  }
  const bytes = await renderStored(stored, draft);
  if (!draft) await repo.markDownloaded(id);
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': DOCX_TYPE,
      'Content-Disposition': contentDisposition(docxFileName(stored.report.title, draft ? '（草稿）' : '')),
      'Content-Length': String(bytes.byteLength),
      'Cache-Control': 'no-store',
    },
  });
}
