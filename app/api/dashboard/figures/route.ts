import type { TUserActor } from '@/lib/auth/actor';
import { contentDisposition } from '@/lib/docx/file-name';
import { jsonError } from '@/lib/http/json-response';
import { signedInRoute } from '@/lib/http/signed-in-route';
import { csvOf } from '@/lib/review/dashboard-csv';
import { xlsxOf } from '@/lib/review/dashboard-xlsx';
import { chosenIndicator, FIGURE_COLUMNS, figureCells, figureExportName, figureView, ZFigureQuery } from '@/lib/review/figure-view';
import { getReview } from '@/lib/review/get-review';

export const dynamic = 'force-dynamic';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 导出 主要数据汇总 (?year=&indicator=&format=csv|xlsx): one indicator, every unit that reports it, and the total. */
export const GET = signedInRoute(async (request: Request, actor: TUserActor): Promise<Response> => {
  const params = new URL(request.url).searchParams;
  const query = ZFigureQuery.safeParse(Object.fromEntries(params));
  if (!query.success) return jsonError(400, '请指定年度，如 ?year=2025');
  const indicator = chosenIndicator(query.data.indicator);
  const view = figureView(await (await getReview(actor)).figureTables(query.data.year), indicator);
  const header = FIGURE_COLUMNS.map((c) => (c === '今年' || c === '去年' ? `${c}（${indicator.unit}）` : c));
  const rows = [...view.rows.map(figureCells), [view.totalLabel, '', '', view.total, view.lastYearTotal, '']];
  const name = figureExportName(query.data.year, indicator);
  const format = params.get('format') === 'xlsx' ? 'xlsx' : 'csv';
  const headers = { 'Content-Disposition': contentDisposition(`${name}.${format}`), 'Cache-Control': 'no-store' };
  if (format === 'csv') return new Response(csvOf(header, rows), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } });
  const bytes = await xlsxOf('主要数据', header, [36, 10, 10, 12, 12, 16], rows, name);
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { ...headers, 'Content-Type': XLSX_TYPE } });
});
