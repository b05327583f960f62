import Link from 'next/link';
import { latenessText, publicationText } from '@/lib/review/dashboard-view';
import type { TDashboardRow } from '@/lib/review/review-repository';
import { STATUS_LABELS } from '@/lib/review/status';

type TProps = { rows: TDashboardRow[]; sort: 'lateness' | 'name'; year: number };

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false, month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });
const LOOK: Partial<Record<TDashboardRow['status'], string>> = { missing: 'text-gray-700', returned: 'text-red-700', accepted: 'text-green-800', published: 'text-green-800' };

/** One row per unit: where its report stands, when it came, how late, and what the checks and comments say. */
export function DashboardTable({ rows, sort, year }: TProps) {
  const th = 'border-b-2 border-gray-700 px-2 py-2 text-left';
  const td = 'border-b border-gray-200 px-2 py-2';
  return (
    <div className="overflow-x-auto rounded bg-white shadow-sm">
      <table className="w-full text-sm" data-testid="dashboard">
        <caption className="p-2 text-left text-gray-700">
          {year}年度各单位报告（{rows.length} 个单位；{sort === 'name' ? '按单位名称排序' : '逾期最久的在前'}）
        </caption>
        <thead>
          <tr>
            <th scope="col" className={th} aria-sort={sort === 'name' ? 'ascending' : undefined}>
              单位
            </th>
            <th scope="col" className={th}>
              类型
            </th>
            <th scope="col" className={th}>
              状态
            </th>
            <th scope="col" className={th}>
              报送时间
            </th>
            <th scope="col" className={th} aria-sort={sort === 'lateness' ? 'descending' : undefined}>
              逾期/剩余
            </th>
            <th scope="col" className={th}>
              公开
            </th>
            <th scope="col" className={th}>
              未解决批注
            </th>
            <th scope="col" className={th}>
              错误
            </th>
            <th scope="col" className={th}>
              提示
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={9} className={td}>
                没有符合条件的单位。
              </td>
            </tr>
          ) : null}
          {rows.map((r) => (
            <tr key={r.unitId} data-testid="dashboard-row" data-status={r.status}>
              <th scope="row" className={`${td} text-left font-normal`}>
                {r.reportId ? (
                  <Link href={`/reports/${r.reportId}/preview`} className="text-accent underline">
                    {r.unitName}
                  </Link>
                ) : (
                  r.unitName
                )}
              </th>
              <td className={td}>{r.unitKind}</td>
              <td className={`${td} font-medium ${LOOK[r.status] ?? ''}`}>{STATUS_LABELS[r.status]}</td>
              <td className={td}>{r.submittedAt ? when(r.submittedAt) : '—'}</td>
              <td className={`${td} ${r.lateness.kind === 'late' ? 'font-bold text-red-700' : ''}`}>{latenessText(r.lateness)}</td>
              <td className={`${td} ${r.publication.kind === 'late' ? 'font-bold text-red-700' : ''}`} data-testid="publication">
                {r.publishedUrl ? (
                  <a href={r.publishedUrl} className="text-accent underline" target="_blank" rel="noopener noreferrer">
                    {publicationText(r)}
                    <span className="sr-only">（{r.publishedUrl}）</span>
                  </a>
                ) : (
                  publicationText(r)
                )}
              </td>
              <td className={td}>{r.openComments}</td>
              <td className={td}>{r.errors ?? '—'}</td>
              <td className={td}>{r.hints ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
