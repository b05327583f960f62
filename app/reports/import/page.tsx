import type { Metadata } from 'next';
import Link from 'next/link';
import { requireActor } from '@/lib/auth/require-actor';
import { getRepository } from '@/lib/db/get-repository';
import type { TStoredReport } from '@/lib/db/report-repository';
import { getTemplate } from '@/lib/template/get-template';
import { CopyNextYearButton } from '@/components/reports/copy-next-year-button';
import { ImportWizard } from '@/components/import/import-wizard';

export const metadata: Metadata = { title: '导入去年的报告' };

export const dynamic = 'force-dynamic';

export default async function ImportPage() {
  // One that cannot be read cannot be copied either; the home page lists it with its raw data.
  const reports = (await (await getRepository(await requireActor('/reports/import'))).list()).filter((r): r is TStoredReport => r.report !== null);
  return (
    <>
      <Link href="/" className="text-accent underline">
        返回我的报告
      </Link>
      <h1 className="my-4 text-3xl font-bold">导入去年的报告</h1>
      <p className="mb-4 max-w-2xl text-gray-700">
        年报会识别去年报告的标题、各级小标题和落款，把内容归入今年报告的五个部分。确认后生成新一年的草稿：
        含有数字或年份的句子会标为“待更新”，去年的原文留在每个部分旁边供参考。
      </p>
      <ImportWizard template={getTemplate()} />
      {reports.length > 0 ? (
        <section className="mt-6 rounded bg-white p-6" aria-labelledby="stored-heading">
          <h2 id="stored-heading" className="text-lg font-bold">
            或者从年报中已有的报告开始
          </h2>
          <ul className="list-none p-0">
            {reports.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center gap-3 border-b border-gray-200 py-2">
                <span>
                  {r.report.title || '（未命名报告）'}（{r.report.year}年度）
                </span>
                <CopyNextYearButton id={r.id} title={r.report.title} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
