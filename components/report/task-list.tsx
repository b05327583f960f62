import Link from 'next/link';
import { countPart } from '@/lib/report/count';
import type { TReport } from '@/lib/report/schema';
import { stepStatus, type TStep } from '@/lib/report/steps';
import { StatusTag } from '@/components/ui/status-tag';

export function stepHref(id: string, step: TStep): string {
  return step.kind === 'part' ? `/reports/${id}/parts/${step.slug}` : `/reports/${id}/${step.slug}`;
}

/** GOV.UK task list: the whole row is the link, the status on the right; a task that cannot start is not a link. */
/** `problems`: the parts with an 错误, shown as 有问题 (the only red status); `openComments`: the county's
 * unresolved comments per part, said under its name so the clerk knows where to look. */
export function TaskList({ id, report, steps, problems, openComments }: { id: string; report: TReport; steps: TStep[]; problems: ReadonlySet<string>; openComments: Readonly<Record<string, number>> }) {
  return (
    <ul className="list-none divide-y divide-gray-200 rounded bg-white p-0 shadow-sm" data-testid="task-list">
      {steps.map((step) => {
        const status = problems.has(step.slug) && stepStatus(report, step) !== '未开始' ? '有问题' : stepStatus(report, step);
        const count = step.kind === 'part' ? `${countPart(report.parts[step.slug])} 字` : null;
        const comments = openComments[step.slug] ?? 0;
        const name = <span className="font-medium">{step.label}</span>;
        return (
          <li key={step.slug} className="relative flex items-center justify-between gap-4 px-4 py-3 hover:bg-gray-50">
            <div>
              {status === '暂不能开始' ? (
                <span className="text-gray-600">{name}</span>
              ) : (
                <Link
                  href={stepHref(id, step)}
                  aria-describedby={`hint-${step.slug} status-${step.slug}`}
                  className="text-accent underline after:absolute after:inset-0"
                >
                  {name}
                </Link>
              )}
              <span className="block text-sm text-gray-700" id={`hint-${step.slug}`}>
                {step.hint}
                {count ? ` · ${count}` : ''}
                {comments > 0 ? (
                  <strong className="font-medium text-amber-800" data-testid="open-comments">
                    {' '}
                    · {comments} 条批注未解决
                  </strong>
                ) : null}
              </span>
            </div>
            <span id={`status-${step.slug}`}>
              <StatusTag status={status} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}
