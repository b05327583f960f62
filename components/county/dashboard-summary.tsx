import Link from 'next/link';
import { formatChineseDate } from '@/lib/report/deadlines';
import type { dashboardView, TDashboardQuery } from '@/lib/review/dashboard-view';
import type { TDashboard } from '@/lib/review/review-repository';
import { BUTTON } from '@/components/ui/button-classes';

type TProps = { dashboard: TDashboard; view: ReturnType<typeof dashboardView>; query: TDashboardQuery };

/** Who has reported at a glance, the deadlines, and the downloads of what is shown. */
export function DashboardSummary({ dashboard, view, query }: TProps) {
  const { counts } = view;
  const reported = counts.submitted + counts.accepted + counts.published;
  const accepted = counts.accepted + counts.published;
  const exported = new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])));
  return (
    <section aria-label="概况" className="mb-4">
      <p className="text-lg" data-testid="dashboard-summary">
        共 {view.total} 个单位：已报送 {reported}（其中已通过 {accepted}），退回修改 {counts.returned}，起草中 {counts.draft}，未开始 {counts.missing}；逾期 {view.late}。
      </p>
      <p className="text-sm text-gray-700">
        报送截止 {formatChineseDate(dashboard.deadlines.reportBy)}，公开截止 {formatChineseDate(dashboard.deadlines.publishBy)}；今天是 {formatChineseDate(dashboard.today)}。
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <a href={`/api/dashboard/export?${exported}&format=xlsx`} className={BUTTON.secondary} download>
          导出 Excel（.xlsx）
        </a>
        <a href={`/api/dashboard/export?${exported}&format=csv`} className={BUTTON.secondary} download>
          导出 CSV
        </a>
        <Link href={`/county/figures?year=${query.year}`} className={BUTTON.secondary}>
          主要数据汇总
        </Link>
        {accepted > 0 ? (
          <a href={`/api/collect?year=${query.year}`} className={BUTTON.primary} download>
            下载全部已通过的报告（.zip，{accepted} 份）
          </a>
        ) : (
          <span className="self-center text-gray-700">还没有审核通过的报告可以打包下载。</span>
        )}
      </div>
    </section>
  );
}
