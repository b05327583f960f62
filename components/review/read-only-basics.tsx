import { BASIC_FIELDS } from '@/lib/report/basic-fields';
import { formatChineseDate } from '@/lib/report/deadlines';
import type { TReport } from '@/lib/report/schema';

type TProps = { report: TReport; why: string };

/** 基本信息 to read where the unit may not change them. */
export function ReadOnlyBasics({ report, why }: TProps) {
  const rows: Array<[string, string]> = [
    [BASIC_FIELDS.unit.label, report.unit],
    [BASIC_FIELDS.year.label, `${report.year}年`],
    [BASIC_FIELDS.title.label, report.title],
    [BASIC_FIELDS.recipient.label, report.recipient],
    [BASIC_FIELDS.signature.label, report.signature],
    [BASIC_FIELDS.date.label, formatChineseDate(report.date)],
    [BASIC_FIELDS.opening.label, report.opening],
  ];
  return (
    <section className="rounded bg-white p-6 shadow-sm" data-testid="read-only-basics" aria-describedby="read-only-why">
      <p id="read-only-why" className="mb-4 text-sm text-gray-700">
        {why}
      </p>
      <dl className="grid grid-cols-[8em_1fr] gap-x-4 gap-y-2">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-gray-700">{label}</dt>
            <dd className="whitespace-pre-wrap">{value.trim() || '（未填写）'}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
