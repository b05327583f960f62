import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { loadReport } from '@/lib/db/load-report';
import { countPart, countReport } from '@/lib/report/count';
import { partStart } from '@/lib/report/numbering';
import { ZPartKey } from '@/lib/report/enums';
import { returnHref } from '@/lib/report/return-to';
import { partTitle } from '@/lib/report/steps';
import { chineseNumeral } from '@/lib/report/numbering';
import { getTemplate } from '@/lib/template/get-template';
import { partFindings } from '@/lib/checks/part-findings';
import { checksOfStored } from '@/lib/http/stored-results';
import { CheckFailure } from '@/components/check/check-failure';
import { PartEditor } from '@/components/report/part-editor';
import { PartGuidance } from '@/components/report/part-guidance';
import { BackLink } from '@/components/report/back-link';
import { ReferencePanel } from '@/components/report/reference-panel';
import { CommentList } from '@/components/review/comment-list';
import { ReadOnlyPart } from '@/components/review/read-only-part';
import { StatusBanner } from '@/components/review/status-banner';
import { loadStanding } from '@/lib/review/load-standing';
import { readOnlyWhy } from '@/lib/review/status-line';
import { commentsBySection } from '@/lib/review/comments-by-section';

type TProps = { params: Promise<{ id: string; key: string }>; searchParams: Promise<{ from?: string }> };

export const dynamic = 'force-dynamic';

async function load(params: TProps['params']) {
  const { id, key } = await params;
  const partKey = ZPartKey.safeParse(key);
  if (!partKey.success) notFound();
  const stored = await loadReport(id);
  const template = getTemplate(stored.report.template);
  const index = template.parts.findIndex((p) => p.key === partKey.data);
  const templatePart = template.parts[index];
  if (!templatePart) notFound();
  return { id, stored, template, templatePart, index, key: partKey.data };
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { templatePart } = await load(params);
  return { title: templatePart.label };
}

export default async function PartPage({ params, searchParams }: TProps) {
  const { id, stored, template, templatePart, index, key } = await load(params);
  const { report } = stored;
  const back = returnHref(id, (await searchParams).from);
  const checks = await checksOfStored(stored);
  const partChars = countPart(report.parts[key]);
  const standing = await loadStanding(id);
  const start = partStart(report, key, template.parts.map((p) => p.key));
  return (
    <>
      <BackLink href={back} />
      <p className="mt-4 text-gray-700" data-testid="part-caption">
        第{chineseNumeral(index + 1)}部分 / 共{chineseNumeral(template.parts.length)}部分
      </p>
      <h1 className="mb-4 text-2xl font-bold">{partTitle(templatePart, report.year)}</h1>
      <StatusBanner id={id} stored={stored} standing={standing} />
      <CommentList
        reportId={id}
        comments={standing.comments.filter((c) => c.partKey === key)}
        partLabels={{ [key]: templatePart.label }}
        canResolve={stored.ownUnit}
        heading="县里对本部分的批注"
      />
      <PartGuidance part={templatePart} />
      <CheckFailure failure={checks.failure} />
      <div className={report.reference ? 'grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]' : ''}>
      {stored.editable ? (
      <PartEditor
        template={template}
        findings={partFindings(checks, key)}
        id={id}
        version={stored.version}
        report={report}
        partKey={key}
        templatePart={templatePart}
        start={start}
        partChars={partChars}
        otherChars={countReport(report) - partChars}
        returnTo={back}
        comments={commentsBySection(report.parts[key].sections, standing.comments.filter((c) => c.partKey === key))}
      />
      ) : (
        <ReadOnlyPart part={report.parts[key]} start={start} why={readOnlyWhy(stored)} />
      )}
      {report.reference ? <ReferencePanel year={report.reference.year} text={report.reference.parts[key]} /> : null}
      </div>
    </>
  );
}
