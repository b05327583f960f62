import { UNIT_KINDS } from '@/lib/report/part-keys';
import type { TDashboardQuery } from '@/lib/review/dashboard-view';
import { STATUS_LABELS } from '@/lib/review/status';
import { BUTTON } from '@/components/ui/button-classes';
import { INPUT } from '@/components/ui/field';

/** The dashboard's year, filters and order: a plain GET form, so the view lives in the address and works without JavaScript. */
export function DashboardFilters({ query }: { query: TDashboardQuery }) {
  const select = `${INPUT} w-auto`;
  return (
    <form method="get" action="/county" aria-label="筛选" className="mb-4 flex flex-wrap items-end gap-4 rounded bg-white p-4 shadow-sm">
      <label className="font-bold">
        年度
        <input name="year" type="number" defaultValue={query.year} className={`${INPUT} w-28`} />
      </label>
      <label className="font-bold">
        状态
        <select name="status" defaultValue={query.status ?? ''} className={select}>
          <option value="">全部</option>
          {Object.entries(STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="font-bold">
        单位类型
        <select name="kind" defaultValue={query.kind ?? ''} className={select}>
          <option value="">全部</option>
          {UNIT_KINDS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </label>
      <label className="font-bold">
        排序
        <select name="sort" defaultValue={query.sort} className={select}>
          <option value="lateness">逾期最久的在前</option>
          <option value="name">按单位名称</option>
        </select>
      </label>
      <button type="submit" className={BUTTON.secondary}>
        筛选
      </button>
    </form>
  );
}
