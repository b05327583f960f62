import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { requireActor } from '@/lib/auth/require-actor';
import { getRepository } from '@/lib/db/get-repository';
import { readReportJson } from '@/lib/report/read-report';

type TProps = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: '无法读取这份报告' };
export const dynamic = 'force-dynamic';

/** Where every page of a report sends the clerk when its stored data no longer reads. */
export default async function UnreadableReportPage({ params }: TProps) {
  const { id } = await params;
  const raw = await (await getRepository(await requireActor(`/reports/${id}`))).getRaw(id);
  if (!raw) notFound();
  const read = readReportJson(raw.data);
  if (read.ok) redirect(`/reports/${encodeURIComponent(id)}`);
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">无法读取这份报告</h1>
      <p className="mb-2 max-w-2xl">这份报告保存的数据无法读取，所以不能打开编辑。数据仍然保存在数据库中，没有被删除或改动。</p>
      <p className="mb-4 max-w-2xl text-sm text-gray-700">原因：{read.message}</p>
      <p className="mb-4">
        <a href={`/api/reports/${id}/raw`} className="text-accent underline" download>
          下载原始数据（JSON）
        </a>
        ，交给技术人员恢复。
      </p>
      <Link href="/" className="text-accent underline">
        返回我的报告
      </Link>
    </>
  );
}
