import type { Metadata } from 'next';
import Link from 'next/link';
import { loadReport } from '@/lib/db/load-report';
import { layoutPages } from '@/lib/preview/layout-pages';
import { documentBlocks } from '@/lib/report/document-blocks';
import { getTemplate } from '@/lib/template/get-template';
import { PagedPreview } from '@/components/preview/paged-preview';

type TProps = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: '预览' };
export const dynamic = 'force-dynamic';

export default async function PreviewPage({ params }: TProps) {
  const { id } = await params;
  const { report } = await loadReport(id);
  const pages = layoutPages(documentBlocks(report, getTemplate(report.template)));
  return (
    <>
      <div className="no-print">
        <Link href={`/reports/${id}/check`} className="text-accent underline">
          返回检查并下载
        </Link>
        <h1 className="my-4 text-3xl font-bold">预览</h1>
        <p className="mb-4 text-gray-700">按 A4 纸和《党政机关公文格式》排版：每页 22 行，每行 28 字。实际字体以打开文件的电脑为准。</p>
      </div>
      <PagedPreview pages={pages} />
    </>
  );
}
