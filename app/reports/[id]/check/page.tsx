import type { Metadata } from 'next';
import Link from 'next/link';
import { loadReport } from '@/lib/db/load-report';
import { countReport } from '@/lib/report/count';
import { formatChineseDate } from '@/lib/report/deadlines';
import { getSteps } from '@/lib/report/steps';
import { errorSummaryEntries } from '@/lib/checks/error-summary-entries';
import { finalBlockers } from '@/lib/checks/final-blockers';
import { checksOfStored } from '@/lib/http/stored-results';
import { CheckFailure } from '@/components/check/check-failure';
import { getTemplate } from '@/lib/template/get-template';
import { BUTTON } from '@/components/ui/button-classes';
import { DownloadButton } from '@/components/ui/download-button';
import { PartSummaryCard } from '@/components/report/part-summary-card';
import { FinalDownload } from '@/components/check/final-download';
import { FindingsByPart } from '@/components/check/findings-by-part';
import { ErrorSummary } from '@/components/ui/error-summary';
import { StatusBanner } from '@/components/review/status-banner';
import { SubmitPanel } from '@/components/review/submit-panel';
import { loadStanding } from '@/lib/review/load-standing';

type TProps = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: '检查并下载' };
export const dynamic = 'force-dynamic';

export default async function CheckPage({ params }: TProps) {
  const { id } = await params;
  const stored = await loadReport(id);
  const { report } = stored;
  const template = getTemplate(report.template);
  const steps = getSteps(template);
  const checks = await checksOfStored(stored);
  const parts = steps.filter((s) => s.kind === 'part');
  const standing = await loadStanding(id);
  const basics: Array<[string, string]> = [
    ['标题', report.title],
    ['主送机关', report.recipient],
    ['落款', report.signature],
    ['成文日期', formatChineseDate(report.date)],
  ];
  return (
    <>
      <Link href={`/reports/${id}`} className="text-accent underline">
        返回任务列表
      </Link>
      <h1 className="my-4 text-3xl font-bold">检查并下载</h1>
      <StatusBanner id={id} stored={stored} standing={standing} />
      <CheckFailure failure={checks.failure} />
      <ErrorSummary errors={errorSummaryEntries(id, checks.errors, template)} />
      <section className="mb-6 rounded bg-white p-4 shadow-sm" aria-labelledby="card-basics">
        <h2 id="card-basics" className="font-bold">
          基本信息
        </h2>
        <dl className="grid grid-cols-[8em_1fr] gap-x-4">
          {basics.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-gray-700">{label}</dt>
              <dd>{value.trim() || '（未填写）'}</dd>
            </div>
          ))}
        </dl>
        <Link href={`/reports/${id}/basics?from=check`} className="text-accent underline">
          修改<span className="sr-only">基本信息</span>
        </Link>
      </section>
      <FindingsByPart reportId={id} hints={checks.hints} dismissed={checks.dismissed} template={template} />
      <h2 className="mb-2 text-xl font-bold">五个部分</h2>
      <div className="mb-6 grid gap-4">
        {parts.map((step) => (
          <PartSummaryCard key={step.slug} report={report} step={step} href={`/reports/${id}/parts/${step.slug}?from=check`} />
        ))}
      </div>
      <section className="rounded bg-white p-4 shadow-sm" aria-labelledby="download-heading">
        <h2 id="download-heading" className="text-xl font-bold">
          下载
        </h2>
        <p className="mb-3 text-gray-700">全文 {countReport(report)} 字。Word 文件按《党政机关公文格式》排版，可用 Word、WPS 打开。</p>
        <div className="flex flex-wrap items-center gap-3">
          <FinalDownload href={`/api/reports/${id}/docx`} blockers={finalBlockers(checks)} />
          <DownloadButton href={`/api/reports/${id}/docx?kind=draft`} className={BUTTON.secondary} testId="download-draft">
            下载草稿
          </DownloadButton>
          <Link href={`/reports/${id}/preview`} className={BUTTON.secondary}>
            预览
          </Link>
          <a href={`/api/reports/${id}`} download={`${report.title || '报告'}.json`} className={BUTTON.secondary}>
            导出数据
          </a>
          <Link href={`/reports/${id}/publish`} className={BUTTON.secondary}>
            网页公开版
          </Link>
        </div>
      </section>
      <SubmitPanel stored={stored} blockers={finalBlockers(checks)} />
    </>
  );
}
