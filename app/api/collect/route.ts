import { z } from 'zod';
import type { TUserActor } from '@/lib/auth/actor';
import { getRepository } from '@/lib/db/get-repository';
import { contentDisposition } from '@/lib/docx/file-name';
import { renderStored } from '@/lib/http/stored-results';
import { jsonError } from '@/lib/http/json-response';
import { signedInRoute } from '@/lib/http/signed-in-route';
import { collectZip, type TCollected } from '@/lib/review/collect-zip';
import { getReview } from '@/lib/review/get-review';
import { ZYear } from '@/lib/report/schema';

export const dynamic = 'force-dynamic';

/** 下载全部已通过的报告 of a year (?year=2025) as one .zip of .docx files, for reviewers. */
export const GET = signedInRoute(async (request: Request, actor: TUserActor): Promise<Response> => {
  const year = z.coerce.number().pipe(ZYear).safeParse(new URL(request.url).searchParams.get('year'));
  if (!year.success) return jsonError(400, '请指定年度，如 ?year=2025');
  const dashboard = await (await getReview(actor)).dashboard(year.data);
  const reports = await getRepository(actor);
  const items: TCollected[] = [];
  for (const row of dashboard.rows) {
    if (!row.reportId || (row.status !== 'accepted' && row.status !== 'published')) continue;
    const stored = await reports.get(row.reportId);
    if (stored) items.push({ unitName: row.unitName, report: stored.report, docx: () => renderStored(stored, 'final') });
  }
  if (items.length === 0) return jsonError(404, `${year.data}年度还没有审核通过的报告。`);
  const zip = await collectZip(items);
  return new Response(zip as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': 'application/zip', 'Content-Disposition': contentDisposition(`${year.data}年度法治政府建设情况报告（已通过）.zip`), 'Cache-Control': 'no-store' },
  });
});
