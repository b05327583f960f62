import { deadlinesFor, formatChineseDate } from '../../report/deadlines';
import type { TRule } from '../rule';

/** 提示: a 成文日期 after the template's reporting deadline. */
export const deadline: TRule = {
  id: 'deadline',
  title: '成文日期晚于报送期限',
  run: ({ report, template }) => {
    const [due, publish] = deadlinesFor(report.year, template, report.date || '2000-01-01');
    if (!report.date || report.date <= due!.date) return [];
    return [
      {
        ruleId: 'deadline',
        severity: '提示',
        message: `成文日期${formatChineseDate(report.date)}晚于报送期限${formatChineseDate(due!.date)}（公开期限为${formatChineseDate(publish!.date)}），请核对。`,
        place: { part: null, field: 'date' },
        excerpt: report.date,
      },
    ];
  },
};
