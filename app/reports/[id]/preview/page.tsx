import type { Metadata } from 'next';
import Link from 'next/link';
import { loadReport } from '@/lib/db/load-report';
import { layoutPages } from '@/lib/preview/layout-pages';
import { documentBlocks } from '@/lib/report/document-blocks';
import { getTemplate } from '@/lib/template/get-template';
import { PagedPreview } from '@/components/preview/paged-preview';
import { CommentList } from '@/components/review/comment-list';
import { ReviewerPanel } from '@/components/review/reviewer-panel';
import { StatusBanner } from '@/components/review/status-banner';
import { requireActor } from '@/lib/auth/require-actor';
import { getRepository } from '@/lib/db/get-repository';
import { loadStanding } from '@/lib/review/load-standing';

type TProps = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: '预览' };
export const dynamic = 'force-dynamic';

export default async function PreviewPage({ params }: TProps) {
  const { id } = await params;
  const stored = await loadReport(id);
  const { report } = stored;
  const template = getTemplate(report.template);
  const pages = layoutPages(documentBlocks(report, template));
  const standing = await loadStanding(id);
  const parts = template.parts.map((p) => ({ key: p.key, label: p.label }));
  // What the unit changed since the county last returned it: compared with the version kept at that 退回.
  const returned = standing.reviewer ? (await (await getRepository(await requireActor(`/reports/${id}/preview`))).history(id))?.find((k) => k.cause === '退回') : undefined;
  return (
    <>
      <div className="no-print">
        <Link href={`/reports/${id}/check`} className="text-accent underline">
          返回检查并下载
        </Link>
        <h1 className="my-4 text-3xl font-bold">预览</h1>
        <p className="mb-4 text-gray-700">按 A4 纸和《党政机关公文格式》排版：每页 22 行，每行 28 字。实际字体以打开文件的电脑为准。</p>
        <StatusBanner id={id} stored={stored} standing={standing} />
        {standing.reviewer ? <ReviewerPanel stored={stored} parts={parts} returnedVersionId={returned?.id ?? null} /> : null}
        <CommentList reportId={id} comments={standing.comments} partLabels={Object.fromEntries(parts.map((p) => [p.key, p.label]))} canResolve={stored.ownUnit} heading="批注" />
      </div>
      <PagedPreview pages={pages} />
    </>
  );
}
