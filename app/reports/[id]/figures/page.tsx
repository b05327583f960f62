import type { Metadata } from 'next';
import { BackLink } from '@/components/report/back-link';
import { FiguresForm, ReadOnlyFigures } from '@/components/report/figures-form';
import { StatusBanner } from '@/components/review/status-banner';
import { loadReport } from '@/lib/db/load-report';
import { returnHref } from '@/lib/report/return-to';
import { loadStanding } from '@/lib/review/load-standing';
import { readOnlyWhy } from '@/lib/review/status-line';
import { getTemplate } from '@/lib/template/get-template';

type TProps = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string }> };

export const metadata: Metadata = { title: '主要数据' };
export const dynamic = 'force-dynamic';

export default async function FiguresPage({ params, searchParams }: TProps) {
  const { id } = await params;
  const stored = await loadReport(id);
  const back = returnHref(id, (await searchParams).from);
  const standing = await loadStanding(id);
  const { report } = stored;
  return (
    <>
      <BackLink href={back} />
      <p className="mt-4 text-gray-700">{report.title}</p>
      <h1 className="mb-4 text-3xl font-bold">主要数据</h1>
      <StatusBanner id={id} stored={stored} standing={standing} />
      {report.reference ? (
        <p className="mb-4 text-sm text-gray-700">“去年”一栏取自去年（{report.reference.year}年度）的报告：有主要数据表的取表中数值，否则取去年正文中写到的数字。</p>
      ) : null}
      {stored.editable ? (
        <FiguresForm id={id} version={stored.version} report={report} template={getTemplate(report.template)} returnTo={back} />
      ) : (
        <ReadOnlyFigures report={report} why={readOnlyWhy(stored)} />
      )}
    </>
  );
}
