import { after } from 'next/server';
import type { TUserActor } from '@/lib/auth/actor';
import { contentDisposition } from '@/lib/docx/file-name';
import { jsonError } from '@/lib/http/json-response';
import { signedInRoute } from '@/lib/http/signed-in-route';
import { countedDashboard } from '@/lib/review/counted-dashboard';
import { dashboardCsv } from '@/lib/review/dashboard-csv';
import { dashboardView, exportName, ZDashboardQuery } from '@/lib/review/dashboard-view';
import { dashboardXlsx } from '@/lib/review/dashboard-xlsx';

export const dynamic = 'force-dynamic';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 导出 the dashboard as it is filtered and ordered (?year=&status=&kind=&sort=) as CSV or XLSX (&format=). */
export const GET = signedInRoute(async (request: Request, actor: TUserActor): Promise<Response> => {
  const params = new URL(request.url).searchParams;
  const query = ZDashboardQuery.safeParse(Object.fromEntries(params));
  if (!query.success) return jsonError(400, '请指定年度，如 ?year=2025');
  const format = params.get('format') === 'xlsx' ? 'xlsx' : 'csv';
  const { rows } = dashboardView(await countedDashboard(actor, query.data.year, after), query.data);
  const name = `${exportName(query.data.year)}.${format}`;
  const headers = { 'Content-Disposition': contentDisposition(name), 'Cache-Control': 'no-store' };
  if (format === 'csv') return new Response(dashboardCsv(rows), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } });
  const bytes = await dashboardXlsx(rows, exportName(query.data.year));
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { ...headers, 'Content-Type': XLSX_TYPE } });
});
