import type { TUnreadableReport } from '@/lib/db/report-repository';
import { ApiActionButton } from '@/components/ui/api-action-button';
import { BUTTON } from '@/components/ui/button-classes';
import { savedAt } from './saved-at';

/** A report whose stored data no longer reads: it stays in the list, with why and its raw JSON to download,
 * rather than breaking the list or vanishing from it. */
export function UnreadableRow({ stored }: { stored: TUnreadableReport }) {
  return (
    <li className="border-b border-gray-200 py-4" data-testid="unreadable-report">
      <h3 className="text-lg font-bold text-red-800">无法读取的报告</h3>
      <p className="text-sm text-gray-700">
        最后保存 {savedAt(stored.updatedAt)} · 编号 {stored.id}
      </p>
      <p className="text-sm">保存的数据无法读取：{stored.error}。其他报告不受影响。</p>
      <p className="mt-2 text-sm">
        <a href={`/api/reports/${stored.id}/raw`} className="text-accent underline" download>
          下载原始数据（JSON）
        </a>
        <span className="text-gray-700">，交给技术人员恢复。</span>
      </p>
      <div className="mt-2">
        <ApiActionButton
          url={`/api/reports/${stored.id}`}
          method="DELETE"
          confirm="确定删除这份无法读取的报告吗？请先下载原始数据。删除后 30 天内可以在“已删除”中恢复。"
          after="refresh"
          className={BUTTON.danger}
        >
          删除<span className="sr-only">无法读取的报告 {stored.id}</span>
        </ApiActionButton>
      </div>
    </li>
  );
}
