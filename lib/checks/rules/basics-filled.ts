import { isRealDate, type TReport } from '../../report/schema';
import type { TRule } from '../rule';
import type { TField, TFinding } from '../types';

const REQUIRED: Array<[TField & keyof TReport, string]> = [
  ['title', '标题'],
  ['unit', '单位全称'],
  ['recipient', '主送机关'],
  ['signature', '落款'],
  ['date', '成文日期'],
];

/** 错误: title, unit, recipient, signature and date are filled; the date is real and after the year ends. */
export const basicsFilled: TRule = {
  id: 'basics-filled',
  title: '基本信息完整',
  run: ({ report }) => {
    const findings: TFinding[] = REQUIRED.filter(([field]) => String(report[field]).trim() === '').map(([field, label]) => ({
      ruleId: 'basics-filled',
      severity: '错误',
      message: `请填写${label}。`,
      place: { part: null, field },
      excerpt: label,
    }));
    if (report.date && isRealDate(report.date) && report.date <= `${report.year}-12-31`) {
      findings.push({
        ruleId: 'basics-filled',
        severity: '错误',
        message: `成文日期${report.date}早于${report.year}年结束：年度报告应在次年成文，请检查日期或报告年度。`,
        place: { part: null, field: 'date' },
        excerpt: report.date,
      });
    }
    return findings;
  },
};
