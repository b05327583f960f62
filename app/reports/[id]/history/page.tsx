import type { Metadata } from 'next';
import Link from 'next/link';
import { partText } from '@/lib/checks/paragraphs';
import { notFound } from 'next/navigation';
import { requireActor } from '@/lib/auth/require-actor';
import { getRepository } from '@/lib/db/get-repository';
import { loadReport } from '@/lib/db/load-report';
import { countPart } from '@/lib/report/count';
import { ZPartKey } from '@/lib/report/enums';
import type { TReport } from '@/lib/report/schema';
import { getTemplate } from '@/lib/template/get-template';
import { PartCompare } from '@/components/history/part-compare';
import { ApiActionButton } from '@/components/ui/api-action-button';
import { BUTTON } from '@/components/ui/button-classes';
import { loadStanding } from '@/lib/review/load-standing';

type TProps = { params: Promise<{ id: string }>; searchParams: Promise<{ compare?: string; part?: string }> };

export const metadata: Metadata = { title: '历史版本' };
export const dynamic = 'force-dynamic';

const time = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

export default async function HistoryPage({ params, searchParams }: TProps) {
  const { id } = await params;
  const { compare, part } = await searchParams;
  const stored = await loadReport(id);
  const template = getTemplate(stored.report.template);
  const kept = await (await getRepository(await requireActor(`/reports/${id}/history`))).history(id);
  if (!kept) notFound();
  const { timeline } = await loadStanding(id);
  const deltas = (report: TReport, before: TReport | undefined) =>
    template.parts
      .map((p) => ({ label: p.label, delta: countPart(report.parts[p.key]) - (before ? countPart(before.parts[p.key]) : 0) }))
      .filter((d) => d.delta !== 0);
  const compared = kept.find((k) => k.id === compare);
  // Opened on the first part that changed, unless the clerk chose one; the others say whether they did.
  const changed = new Set(compared ? template.parts.filter((p) => partText(compared.report, p.key) !== partText(stored.report, p.key)).map((p) => p.key) : []);
  const partKey = ZPartKey.safeParse(part).data ?? template.parts.find((p) => changed.has(p.key))?.key ?? template.parts[0]!.key;
  return (
    <>
      <Link href={`/reports/${id}`} className="text-accent underline">
        返回任务列表
      </Link>
      <h1 className="my-4 text-3xl font-bold">历史版本</h1>
      <p className="mb-4 text-gray-700">每次下载、每编辑约 10 分钟、每次恢复都会保存一个版本。恢复某个版本后，当前的文字也在这里，可以再恢复回来。</p>
      {compared ? (
        <>
          <nav aria-label="选择对比的部分" className="mb-3 flex flex-wrap gap-3">
            {template.parts.map((p) => (
              <Link key={p.key} href={`?compare=${compared.id}&part=${p.key}`} aria-current={p.key === partKey ? 'page' : undefined} className={p.key === partKey ? 'font-bold' : 'text-accent underline'}>
                {p.label}
                {changed.has(p.key) ? null : <span className="text-sm text-gray-600">（无变化）</span>}
              </Link>
            ))}
          </nav>
          {changed.size === 0 ? <p className="mb-3 rounded bg-white p-3">这个版本与现在的五个部分文字相同，无变化。</p> : null}
          <PartCompare
            label={template.parts.find((p) => p.key === partKey)!.label}
            then={{ title: `该版本（${time(compared.createdAt)}）`, text: partText(compared.report, partKey) }}
            now={{ title: `现在（最后保存于 ${time(stored.updatedAt)}）`, text: partText(stored.report, partKey) }}
          />
        </>
      ) : null}
      {timeline.length > 0 ? (
        <section aria-labelledby="timeline-heading" className="mb-6">
          <h2 id="timeline-heading" className="mb-2 text-xl font-bold">
            报送与审核
          </h2>
          <ol className="list-none space-y-1 rounded bg-white p-4 shadow-sm" data-testid="timeline">
            {timeline.map((e, i) => (
              <li key={i}>
                {time(e.at)} · <strong>{e.label}</strong> · {e.who || '（未知）'}
                {e.detail ? <span className="text-gray-700">：{e.detail}</span> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {kept.length === 0 ? <p>还没有保存的版本。</p> : null}
      <ol className="list-none divide-y divide-gray-200 rounded bg-white p-0 shadow-sm" data-testid="versions">
        {kept.map((k, i) => (
          <li key={k.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div>
              <p className="font-medium">
                {time(k.createdAt)} · {k.cause}
                {k.savedBy ? ` · ${k.savedBy}` : ''}
              </p>
              <p className="text-sm text-gray-700">
                {deltas(k.report, kept[i + 1]?.report)
                  .map((d) => `${d.label} ${d.delta > 0 ? '+' : ''}${d.delta} 字`)
                  .join('；') || '各部分字数无变化'}
              </p>
            </div>
            <div className="flex gap-2">
              <Link href={`?compare=${k.id}`} className="text-accent underline">
                对比<span className="sr-only">（{time(k.createdAt)}）</span>
              </Link>
              {stored.editable ? (
              <ApiActionButton
                url={`/api/reports/${id}/history`}
                body={{ versionId: k.id, version: stored.version }}
                confirm={`恢复到“${time(k.createdAt)}”的版本吗？恢复本身也会保存为一个新版本，可以再恢复回来。`}
                after={{ href: `/reports/${id}` }}
                className={BUTTON.small}
              >
                恢复此版本<span className="sr-only">（{time(k.createdAt)}）</span>
              </ApiActionButton>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
