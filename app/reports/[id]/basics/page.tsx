import type { Metadata } from 'next';
import { BackLink } from '@/components/report/back-link';
import { loadReport } from '@/lib/db/load-report';
import { returnHref } from '@/lib/report/return-to';
import { getTemplate } from '@/lib/template/get-template';
import { BasicsForm } from '@/components/report/basics-form';
import { ReadOnlyBasics } from '@/components/review/read-only-basics';
import { StatusBanner } from '@/components/review/status-banner';
import { loadStanding } from '@/lib/review/load-standing';
import { readOnlyWhy } from '@/lib/review/status-line';

type TProps = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string }> };

export const metadata: Metadata = { title: '基本信息' };
export const dynamic = 'force-dynamic';

export default async function BasicsPage({ params, searchParams }: TProps) {
  const { id } = await params;
  const stored = await loadReport(id);
  const back = returnHref(id, (await searchParams).from);
  const standing = await loadStanding(id);
  return (
    <>
      <BackLink href={back} />
      <p className="mt-4 text-gray-700">{stored.report.title}</p>
      <h1 className="mb-4 text-3xl font-bold">基本信息</h1>
      <StatusBanner id={id} stored={stored} standing={standing} />
      {stored.editable ? (
        <BasicsForm id={id} version={stored.version} report={stored.report} template={getTemplate(stored.report.template)} returnTo={back} />
      ) : (
        <ReadOnlyBasics report={stored.report} why={readOnlyWhy(stored)} />
      )}
    </>
  );
}
