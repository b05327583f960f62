import Link from 'next/link';
import { requireActor } from '@/lib/auth/require-actor';
import { getRepository } from '@/lib/db/get-repository';
import { BUTTON } from '@/components/ui/button-classes';
import { ReportRow } from '@/components/reports/report-row';
import { UnreadableRow } from '@/components/reports/unreadable-row';
import type { TStoredReport } from '@/lib/db/report-repository';
import { RestoreBackup } from '@/components/reports/restore-backup';
import { ApiActionButton } from '@/components/ui/api-action-button';
import { DeadlineLine } from '@/components/report/deadline-line';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const repo = await getRepository(await requireActor('/'));
  const reports = await repo.list();
  const deleted = await repo.listDeleted();
  const readable = reports.filter((r): r is TStoredReport => r.report !== null);
  const latest = readable.reduce<TStoredReport | undefined>((a, r) => (!a || r.report.year > a.report.year ? r : a), undefined);
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">我的报告</h1>
      {latest ? <DeadlineLine report={latest.report} /> : null}
      {reports.length === 0 ? (
        <p className="my-4 max-w-2xl">
          年报帮助乡镇（街道）按《法治政府建设与责任落实督察工作规定》的五个部分，逐步写好上一年度的法治政府建设情况报告。
          写好后，下载一份符合《党政机关公文格式》的 Word 文件，即可报送和公开。
        </p>
      ) : null}
      <div className="my-4 flex flex-wrap gap-3">
        <Link href="/reports/new" className={BUTTON.primary}>
          新建报告
        </Link>
        <Link href="/reports/import" className={BUTTON.secondary}>
          导入去年的报告
        </Link>
        <ApiActionButton url="/api/reports" body={{ from: 'sample' }} after="open-created" className={BUTTON.secondary}>
          从示例开始
        </ApiActionButton>
      </div>
      <p className="mb-4 flex flex-wrap items-center gap-4 text-sm">
        <a href="/api/backup" className="text-accent underline" download>
          导出全部数据
        </a>
        <RestoreBackup />
        <span className="text-gray-700">在另一台电脑上继续写，或备份：导出的文件包含全部报告和历史版本。</span>
      </p>
      {reports.length > 0 ? (
        <section aria-labelledby="reports-heading" className="rounded bg-white px-4 shadow-sm">
          <h2 id="reports-heading" className="sr-only">
            报告列表
          </h2>
          <ul className="list-none p-0">
            {reports.map((stored) => (stored.report ? <ReportRow key={stored.id} stored={stored} /> : <UnreadableRow key={stored.id} stored={stored} />))}
          </ul>
        </section>
      ) : null}
      {deleted.length > 0 ? (
        <details className="mt-6 rounded bg-white p-4" data-testid="deleted">
          <summary className="cursor-pointer font-bold">已删除（{deleted.length}，30 天内可以恢复）</summary>
          <ul className="list-none p-0">
            {deleted.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center gap-3 border-b border-gray-200 py-2">
                {d.report ? (
                  <span>
                    {d.report.title || '（未命名报告）'}（{d.report.year}年度）
                  </span>
                ) : (
                  <span>
                    无法读取的报告（{d.error}）
                    <a href={`/api/reports/${d.id}/raw`} className="ml-2 text-accent underline" download>
                      下载原始数据
                    </a>
                  </span>
                )}
                <ApiActionButton url={`/api/reports/${d.id}/undelete`} after="refresh" className={BUTTON.small}>
                  恢复<span className="sr-only">《{d.report?.title ?? d.id}》</span>
                </ApiActionButton>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
