import { getRepository } from '@/lib/db/get-repository';
import { renderDocx } from '@/lib/docx/render-docx';
import { contentDisposition, docxFileName } from '@/lib/docx/file-name';
import { jsonError } from '@/lib/http/json-response';

type TContext = { params: Promise<{ id: string }> };

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function GET(_request: Request, { params }: TContext): Promise<Response> {
  const { id } = await params;
  const repo = await getRepository();
  const stored = await repo.get(id);
  if (!stored) return jsonError(404, '找不到这份报告，它可能已被删除。');
  const bytes = await renderDocx(stored.report);
  await repo.markDownloaded(id);
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': DOCX_TYPE,
      'Content-Disposition': contentDisposition(docxFileName(stored.report.title)),
      'Content-Length': String(bytes.byteLength),
      'Cache-Control': 'no-store',
    },
  });
}
