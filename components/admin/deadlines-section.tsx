import type { TDeadlines } from '@/lib/review/requests';
import { formatChineseDate } from '@/lib/report/deadlines';
import { ApiForm } from '@/components/ui/api-form';

type TProps = { year: number; deadlines: TDeadlines };

/** 截止日期 of a year's reports: the dashboard counts lateness against them. */
export function DeadlinesSection({ year, deadlines }: TProps) {
  return (
    <section aria-labelledby="deadlines-heading" className="mb-8">
      <h2 id="deadlines-heading" className="mb-2 text-2xl font-bold">
        {year}年度报告的截止日期
      </h2>
      <p className="mb-3" data-testid="deadlines">
        现在：报送截止 {formatChineseDate(deadlines.reportBy)}，公开截止 {formatChineseDate(deadlines.publishBy)}。
      </p>
      <ApiForm
        key={`${deadlines.reportBy}-${deadlines.publishBy}`}
        id="deadlines"
        legend="修改截止日期"
        schema="deadlines"
        url={`/api/deadlines/${year}`}
        method="PUT"
        submit="保存截止日期"
        done="已保存。"
        fields={[
          { name: 'reportBy', label: '报送截止日期', kind: 'date', initial: deadlines.reportBy },
          { name: 'publishBy', label: '公开截止日期', kind: 'date', initial: deadlines.publishBy },
        ]}
      />
    </section>
  );
}
