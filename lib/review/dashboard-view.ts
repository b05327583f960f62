import { z } from 'zod';
import { UNIT_KINDS } from '../report/part-keys';
import { ZYear } from '../report/schema';
import { latenessRank, type TLateness } from './lateness';
import type { TDashboard, TDashboardRow } from './review-repository';
import { REPORT_STATUSES, STATUS_LABELS } from './status';

/** The dashboard's filters and order, as they travel in its address (so a view can be shared, and the page
 * works as a plain GET form); anything unknown falls back to everything, by lateness. */
export const ZDashboardQuery = z.object({
  year: z.coerce.number().pipe(ZYear),
  status: z.enum([...REPORT_STATUSES, 'missing']).optional().catch(undefined),
  kind: z.enum(UNIT_KINDS).optional().catch(undefined),
  sort: z.enum(['lateness', 'name']).catch('lateness'),
});
export type TDashboardQuery = z.infer<typeof ZDashboardQuery>;

/** 逾期 3 天, 还剩 5 天, 按时: what the lateness column says. */
export function latenessText(l: TLateness): string {
  if (l.kind === 'on-time') return '按时';
  return l.kind === 'late' ? `逾期 ${l.days} 天` : `还剩 ${l.days} 天`;
}

/** The rows the query asks for, in its order, and the count of every unit by status for the summary line. */
export function dashboardView(dashboard: TDashboard, query: Omit<TDashboardQuery, 'year'>) {
  const rows = dashboard.rows.filter((r) => (!query.status || r.status === query.status) && (!query.kind || r.unitKind === query.kind));
  const byName = (a: TDashboardRow, b: TDashboardRow) => a.unitName.localeCompare(b.unitName, 'zh-CN');
  rows.sort(query.sort === 'name' ? byName : (a, b) => latenessRank(a.lateness) - latenessRank(b.lateness) || byName(a, b));
  const counts = Object.fromEntries(Object.keys(STATUS_LABELS).map((s) => [s, dashboard.rows.filter((r) => r.status === s).length])) as Record<keyof typeof STATUS_LABELS, number>;
  const late = dashboard.rows.filter((r) => r.lateness.kind === 'late').length;
  return { rows, counts, late, total: dashboard.rows.length };
}

/** 已公开 on time or late, or how long until (or since) the 公开 deadline. */
export function publicationText(row: Pick<TDashboardRow, 'publishedOn' | 'publication'>): string {
  const l = row.publication;
  if (row.publishedOn) return l.kind === 'late' ? `已公开（逾期 ${l.days} 天）` : '已公开';
  return l.kind === 'late' ? `未公开，逾期 ${l.days} 天` : `未公开，还剩 ${l.kind === 'left' ? l.days : 0} 天`;
}

export const DASHBOARD_COLUMNS = ['单位', '类型', '上级', '状态', '报送时间', '逾期/剩余', '公开', '公开网址', '未解决批注', '错误', '提示'] as const;

/** One row as the export writes it: text and numbers, the time as a Date (the spreadsheet formats it). */
export function exportCells(row: TDashboardRow): Array<string | number | Date | null> {
  return [
    row.unitName,
    row.unitKind,
    row.superior,
    STATUS_LABELS[row.status],
    row.submittedAt ? new Date(row.submittedAt) : null,
    latenessText(row.lateness),
    publicationText(row),
    row.publishedUrl,
    row.openComments,
    row.errors,
    row.hints,
  ];
}

/** The export's file name, without its extension. */
export const exportName = (year: number) => `${year}年度法治政府建设情况报告汇总`;
