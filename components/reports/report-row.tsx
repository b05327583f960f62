import Link from 'next/link';
import type { TStoredReport } from '@/lib/db/report-repository';
import { BUTTON } from '@/components/ui/button-classes';
import { DownloadButton } from '@/components/ui/download-button';
import { CopyNextYearButton } from './copy-next-year-button';
import { ApiActionButton } from '@/components/ui/api-action-button';
import { savedAt } from './saved-at';
import { STATUS_LABELS } from '@/lib/review/status';

export function ReportRow({ stored }: { stored: TStoredReport }) {
  const { report } = stored;
  return (
    <li className="border-b border-gray-200 py-4">
      <h3 className="text-lg font-bold">
        <Link href={`/reports/${stored.id}`} className="text-accent underline">
          {report.title || '（未命名报告）'}
        </Link>
      </h3>
      <p className="text-sm text-gray-700">
        {report.unit} · {report.year} 年度 ·{' '}
        <strong data-testid="report-status" className={stored.status === 'returned' ? 'text-red-700' : 'font-medium'}>
          {stored.status === 'draft' ? (stored.downloadedAt ? '已下载' : '起草中') : STATUS_LABELS[stored.status]}
        </strong>{' '}
        · 最后保存 {savedAt(stored.updatedAt)}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <Link href={`/reports/${stored.id}`} className={BUTTON.small}>
          {stored.editable ? '继续编辑' : '查看'}
          <span className="sr-only">《{report.title}》</span>
        </Link>
        <Link href={`/reports/${stored.id}/check#download-heading`} className={BUTTON.small}>
          下载<span className="sr-only">《{report.title}》的 Word 文件</span>
        </Link>
        <DownloadButton href={`/api/reports/${stored.id}/docx?kind=draft`} className={BUTTON.small}>
          下载草稿<span className="sr-only">《{report.title}》</span>
        </DownloadButton>
        <CopyNextYearButton id={stored.id} title={report.title} />
        {stored.editable ? (
        <ApiActionButton
          url={`/api/reports/${stored.id}`}
          method="DELETE"
          confirm={`确定删除《${report.title}》吗？删除后 30 天内可以在“已删除”中恢复。`}
          after="refresh"
          className={BUTTON.danger}
        >
          删除<span className="sr-only">《{report.title}》</span>
        </ApiActionButton>
        ) : null}
      </div>
    </li>
  );
}
