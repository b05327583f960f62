import type { TComment } from '@/lib/review/review-repository';
import { ApiActionButton } from '@/components/ui/api-action-button';
import { BUTTON } from '@/components/ui/button-classes';

type TProps = {
  reportId: string;
  comments: TComment[];
  /** The parts' names by key, to say which part a comment is about. */
  partLabels: Record<string, string>;
  /** The unit's clerk may mark an open comment resolved. */
  canResolve: boolean;
  heading: string;
};

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

/** The county's comments on a report, open ones first, each with where it points and, for the unit, 标记为已解决. */
export function CommentList({ reportId, comments, partLabels, canResolve, heading }: TProps) {
  if (comments.length === 0) return null;
  return (
    <section id="comments" aria-labelledby="comments-heading" className="mb-6" data-testid="comments">
      <h2 id="comments-heading" className="mb-2 text-xl font-bold">
        {heading}
      </h2>
      <ul className="list-none space-y-3 p-0">
        {comments.map((c) => (
          <li key={c.id} className={`rounded border-l-4 bg-white p-3 shadow-sm ${c.resolvedAt ? 'border-gray-300 text-gray-600' : 'border-amber-500'}`} data-testid="comment" data-resolved={c.resolvedAt !== null}>
            <p className="text-sm text-gray-700">
              {c.partKey ? `${partLabels[c.partKey] ?? c.partKey}` : '全文'}
              {c.excerpt ? `，“${c.excerpt}”一段` : ''} · {c.author} · {when(c.createdAt)}
            </p>
            <p className="whitespace-pre-wrap">{c.body}</p>
            {c.resolvedAt ? (
              <p className="text-sm">
                已由 {c.resolvedBy} 于 {when(c.resolvedAt)} 标记为已解决
              </p>
            ) : canResolve ? (
              <ApiActionButton url={`/api/reports/${reportId}/comments/${c.id}/resolve`} after="refresh" className={BUTTON.small}>
                标记为已解决<span className="sr-only">：{c.body.slice(0, 20)}</span>
              </ApiActionButton>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
