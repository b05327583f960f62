import { deadlinesFor, formatChineseDate, todayInChina } from '@/lib/report/deadlines';
import type { TReport } from '@/lib/report/schema';
import { getTemplate } from '@/lib/template/get-template';

/** 报送 and 公开 deadlines with the days left, from the report's template. */
export function DeadlineLine({ report }: { report: TReport }) {
  const deadlines = deadlinesFor(report.year, getTemplate(report.template), todayInChina());
  return (
    <p className="text-gray-700" data-testid="deadlines">
      {deadlines.map((d, i) => (
        <span key={d.label}>
          {i > 0 ? '；' : ''}
          {d.label}截止 {formatChineseDate(d.date)}（{d.daysLeft >= 0 ? `还有 ${d.daysLeft} 天` : `已过 ${-d.daysLeft} 天`}）
        </span>
      ))}
    </p>
  );
}
