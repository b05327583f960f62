import Link from 'next/link';
import { countPart } from '@/lib/report/count';
import { numberSections } from '@/lib/report/numbering';
import type { TPart } from '@/lib/report/schema';
import { stepStatus, type TStep } from '@/lib/report/steps';
import type { TReport } from '@/lib/report/schema';
import { StatusTag } from '@/components/ui/status-tag';

const SHOWN_HEADINGS = 4;

function headingsOf(part: TPart): string[] {
  return numberSections(part.sections)
    .filter((s) => s.path.length === 1 && s.label)
    .map((s) => s.section.heading.trim());
}

/** GOV.UK "check answers" card for one part: its first headings, its length, its status, a 修改 link back here. */
export function PartSummaryCard({ report, step, href }: { report: TReport; step: Extract<TStep, { kind: 'part' }>; href: string }) {
  const part = report.parts[step.slug];
  const headings = headingsOf(part);
  const status = stepStatus(report, step);
  return (
    <section className="rounded bg-white p-4 shadow-sm" aria-labelledby={`card-${step.slug}`} data-testid={`card-${step.slug}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`card-${step.slug}`} className="font-bold">
          {step.label}
        </h3>
        <StatusTag status={status} />
      </div>
      {part.none ? (
        <p>无</p>
      ) : headings.length > 0 ? (
        <ul className="list-disc pl-6">
          {headings.slice(0, SHOWN_HEADINGS).map((h) => (
            <li key={h}>{h}</li>
          ))}
          {headings.length > SHOWN_HEADINGS ? <li>……共 {headings.length} 节</li> : null}
        </ul>
      ) : null}
      <p className="mt-1 text-sm text-gray-700">{countPart(part)} 字</p>
      <Link href={href} className="text-accent underline">
        {status === '未开始' ? '填写' : '修改'}
        <span className="sr-only">{step.label}</span>
      </Link>
    </section>
  );
}
