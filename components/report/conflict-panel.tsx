'use client';

import { useEffect, useState } from 'react';
import { partText } from '@/lib/checks/paragraphs';
import type { TPartKey } from '@/lib/report/part-keys';
import type { TReport } from '@/lib/report/schema';
import { BUTTON } from '@/components/ui/button-classes';
import { clearStash } from './draft-stash';

type TProps = {
  id: string;
  partKey: TPartKey | null;
  mine: () => TReport;
  resolve: (report: TReport, serverVersion: number) => Promise<boolean>;
};

/** Both sides of the part: my text and the newer saved one; mine sections first, then theirs that differ. */
function merged(mine: TReport, theirs: TReport, key: TPartKey): TReport {
  const own = new Set(mine.parts[key].sections.map((s) => JSON.stringify(s)));
  const extra = theirs.parts[key].sections.filter((s) => !own.has(JSON.stringify(s))).map((s) => ({ ...s, id: `${s.id}x`.slice(0, 40) }));
  return { ...mine, parts: { ...mine.parts, [key]: { ...mine.parts[key], sections: [...mine.parts[key].sections, ...extra] } } };
}

/** A save refused because the report changed elsewhere: both texts side by side, then the clerk chooses. */
export function ConflictPanel({ id, partKey, mine, resolve }: TProps) {
  const [theirs, setTheirs] = useState<{ report: TReport; version: number } | null>(null);
  useEffect(() => {
    void fetch(`/api/reports/${id}`, { cache: 'no-store' }).then(async (r) => {
      const version = Number(/"v(\d+)"/.exec(r.headers.get('etag') ?? '')?.[1] ?? '0');
      setTheirs({ report: (await r.json()) as TReport, version });
    });
  }, [id]);
  if (!theirs) return <p role="alert">这份报告已在其他窗口或由其他人修改过，正在读取较新的内容…</p>;
  const choose = async (report: TReport) => {
    if (await resolve(report, theirs.version)) window.location.reload();
  };
  const text = (r: TReport) => (partKey ? partText(r, partKey) : [r.title, r.recipient, r.signature, r.date, r.opening].join('\n'));
  return (
    <section role="alert" aria-labelledby="conflict-heading" className="mb-4 rounded border-4 border-red-700 bg-white p-4" data-testid="conflict">
      <h2 id="conflict-heading" className="text-lg font-bold">保存冲突：这份报告已在其他窗口或由其他人修改过</h2>
      <p className="text-sm">您的修改没有丢失，也没有覆盖对方的修改。请对比后选择：</p>
      <div className="my-3 grid gap-3 md:grid-cols-2">
        {[
          ['您的修改', text(mine())],
          ['已保存的较新内容', text(theirs.report)],
        ].map(([title, body]) => (
          <div key={title} className="rounded bg-gray-50 p-3">
            <h3 className="font-bold">{title}</h3>
            <p className="whitespace-pre-wrap text-sm leading-6">{body}</p>
          </div>
        ))}
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="button" className={BUTTON.primary} onClick={() => void choose(mine())}>
          用我的修改
        </button>
        <button
          type="button"
          className={BUTTON.secondary}
          onClick={async () => {
            await clearStash(id);
            window.location.reload();
          }}
        >
          用已保存的内容
        </button>
        {partKey ? (
          <button type="button" className={BUTTON.secondary} onClick={() => void choose(merged(mine(), theirs.report, partKey))}>
            合并两份（保留双方的小节）
          </button>
        ) : null}
      </div>
    </section>
  );
}
