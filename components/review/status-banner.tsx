import Link from 'next/link';
import type { TStoredReport } from '@/lib/db/report-repository';
import type { TStanding } from '@/lib/review/load-standing';
import { statusLine } from '@/lib/review/status-line';

type TProps = { id: string; stored: TStoredReport; standing: TStanding };

/** Where the report stands with the county, at the top of each of its pages: 起草中, 已报送 (and so read-only
 * for the unit), 退回修改 with the reason and the open comments, 已通过, 已公开; a reviewer is told the text is the
 * unit's. Always there and polite-live, so the change a 报送 or a decision makes is announced where it shows. */
export function StatusBanner({ id, stored, standing }: TProps) {
  const line = statusLine(stored.status, standing.timeline, !stored.ownUnit);
  const open = standing.comments.filter((c) => c.resolvedAt === null).length;
  return (
    <section aria-labelledby="status-banner-title" data-testid="status-banner" data-status={stored.status} className={`mb-4 rounded border-l-8 p-4 ${stored.status === 'returned' ? 'border-red-700 bg-red-50' : 'border-accent bg-white'}`}>
      <div aria-live="polite" aria-atomic="true">
        <h2 id="status-banner-title" className="font-bold">
          {line.title}
        </h2>
        <p>{line.text}</p>
        {line.detail && stored.status === 'returned' ? (
          <p>
            退回理由：<span data-testid="return-reason">{line.detail}</span>
          </p>
        ) : null}
        {line.detail && stored.status === 'published' ? (
          <p>
            公开网址：
            <a href={line.detail} className="text-accent underline" rel="noreferrer">
              {line.detail}
            </a>
          </p>
        ) : null}
      </div>
      {!stored.ownUnit ? <p className="text-sm text-gray-700">这是其他单位的报告：可以阅读、批注和审核，不能修改文字。</p> : null}
      {open > 0 ? (
        <p>
          <Link href={`/reports/${id}#comments`} className="text-accent underline">
            {open} 条批注未解决
          </Link>
        </p>
      ) : null}
    </section>
  );
}
