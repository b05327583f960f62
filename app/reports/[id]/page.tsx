import type { Metadata } from 'next';
import Link from 'next/link';
import { loadReport } from '@/lib/db/load-report';
import { problemParts } from '@/lib/checks/problem-parts';
import { countReport } from '@/lib/report/count';
import { getSteps } from '@/lib/report/steps';
import { getTemplate } from '@/lib/template/get-template';
import { DeadlineLine } from '@/components/report/deadline-line';
import { TaskList } from '@/components/report/task-list';
import { CheckFailure } from '@/components/check/check-failure';
import { checksOfStored } from '@/lib/http/stored-results';
import { CommentList } from '@/components/review/comment-list';
import { StatusBanner } from '@/components/review/status-banner';
import { loadStanding } from '@/lib/review/load-standing';

type TProps = { params: Promise<{ id: string }> };

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { report } = await loadReport((await params).id);
  return { title: report.title };
}

export default async function ReportHomePage({ params }: TProps) {
  const { id } = await params;
  const stored = await loadReport(id);
  const { report } = stored;
  const template = getTemplate(report.template);
  const { errors, failure } = await checksOfStored(stored);
  const pending = errors.filter((f) => f.ruleId === 'carried-over').length;
  const standing = await loadStanding(id);
  const openComments: Record<string, number> = {};
  for (const c of standing.comments) if (c.partKey && c.resolvedAt === null) openComments[c.partKey] = (openComments[c.partKey] ?? 0) + 1;
  return (
    <>
      <Link href="/" className="text-accent underline">
        返回我的报告
      </Link>
      <h1 className="mt-4 text-2xl font-bold">{report.title || '（未命名报告）'}</h1>
      <DeadlineLine report={report} />
      <StatusBanner id={id} stored={stored} standing={standing} />
      <CheckFailure failure={failure} />
      <p className="mb-4 text-sm text-gray-700">
        全文 <span data-testid="total-chars">{countReport(report)}</span> 字 · 已保存（{new Date(stored.updatedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })}）
      </p>
      {pending > 0 ? (
        <p className="mb-4 rounded bg-amber-50 p-3" data-testid="pending-updates">
          沿用去年报告的文字中，还有 <strong>{pending}</strong> 处含数字或年份的句子“待更新”：请在各部分中修改，或确认无需更新。全部处理后才能下载正式稿。
        </p>
      ) : null}
      {report.reference ? (
        <p className="mb-4 text-sm">
          去年的报告（{report.reference.year}年度）显示在各部分旁边。
          <a href={`/api/reports/${id}/source`} className="text-accent underline">
            查看导入的原文
          </a>
        </p>
      ) : null}
      <p className="mb-4 text-sm">
        <Link href={`/reports/${id}/history`} className="text-accent underline">
          历史版本
        </Link>
      </p>
      <CommentList
        reportId={id}
        comments={standing.comments}
        partLabels={Object.fromEntries(template.parts.map((p) => [p.key, p.label]))}
        canResolve={stored.ownUnit}
        heading="县里的批注"
      />
      <h2 className="mb-2 text-xl font-bold">写作步骤</h2>
      <TaskList id={id} report={report} steps={getSteps(template)} problems={problemParts(errors)} openComments={openComments} />
    </>
  );
}
