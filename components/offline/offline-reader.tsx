'use client';

import { useEffect, useState } from 'react';
import type { TCopy } from '@/components/report/browser-store';
import { savedAt } from '@/components/reports/saved-at';
import { BUTTON } from '@/components/ui/button-classes';
import { keptCopies, keptText, type TKeptText } from './kept-copies';
import { ReadOnlyReport } from './read-only-report';

type TView = { kind: 'reading' } | { kind: 'report'; kept: TKeptText | null } | { kind: 'list'; copies: TCopy[] };

/** What this browser keeps, read once the page is in the browser: the report the failed page was for
 * (?report=<id>, set by the service worker), or the list of every report kept. */
function useKeptView(): TView {
  const [view, setView] = useState<TView>({ kind: 'reading' });
  useEffect(() => {
    const id = new URLSearchParams(window.location.search).get('report');
    if (id) void keptText(id).then((kept) => setView({ kind: 'report', kept }));
    else void keptCopies().then((copies) => setView({ kind: 'list', copies }));
  }, []);
  return view;
}

function KeptReport({ kept }: { kept: TKeptText | null }) {
  if (!kept) return <p className="mb-4">您现在处于离线状态。这台电脑上没有这份报告的副本。</p>;
  return (
    <>
      <div role="status" className="mb-4 rounded border-2 border-amber-500 bg-amber-50 p-4" data-testid="offline-banner">
        <p>您现在处于离线状态。下面是这台电脑上保存的副本（{savedAt(kept.at)}），只能阅读；连网后刷新即可继续编辑。</p>
        {kept.unsent ? <p className="mt-2 font-bold">其中包含尚未保存到服务器的修改；连网后打开这份报告，页面会提供恢复。</p> : null}
      </div>
      <ReadOnlyReport report={kept.report} />
    </>
  );
}

function KeptList({ copies }: { copies: TCopy[] }) {
  if (copies.length === 0) return <p className="mb-4">您现在处于离线状态。这台电脑上没有保存任何报告的副本。</p>;
  return (
    <section aria-labelledby="kept-list-heading">
      <p className="mb-4">您现在处于离线状态。下面这些报告在这台电脑上保存了副本，打开即可阅读；连网后刷新即可继续编辑。</p>
      <h2 id="kept-list-heading" className="mb-2 text-xl font-bold">
        这台电脑上保存的报告
      </h2>
      <ul className="rounded bg-white px-4 shadow-sm">
        {copies.map((copy) => (
          <li key={copy.reportId} className="border-b border-gray-200 py-3 last:border-b-0">
            {/* A full page load, which the service worker answers with this report's copy while offline. */}
            <a href={`/reports/${encodeURIComponent(copy.reportId)}`} className={BUTTON.link}>
              {copy.report.title || '（未填写标题）'}
            </a>
            <span className="ml-3 text-sm text-gray-700">保存于 {savedAt(copy.at)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The page a report's page is replaced with when it cannot be loaded: the copy this browser keeps, to read. */
export function OfflineReader() {
  const view = useKeptView();
  return (
    <>
      <div className="mb-4 flex flex-wrap items-baseline gap-4">
        <h1 className="text-3xl font-bold">离线阅读</h1>
        <button type="button" className={BUTTON.primary} onClick={() => window.location.reload()}>
          重新连接
        </button>
      </div>
      {view.kind === 'reading' ? <p role="status">正在读取这台电脑上保存的副本……</p> : null}
      {view.kind === 'report' ? <KeptReport kept={view.kept} /> : null}
      {view.kind === 'list' ? <KeptList copies={view.copies} /> : null}
    </>
  );
}
