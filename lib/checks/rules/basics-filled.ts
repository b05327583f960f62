import { BASIC_FIELDS, basicLabel, type TBasicField } from '../../report/basic-fields';
import { isRealDate, type TReport } from '../../report/schema';
import type { TRule } from '../rule';
import type { TField, TFinding } from '../types';
import { matchesOf } from '../matches';
import { PLACEHOLDER, PLACEHOLDER_IS_ERROR } from './placeholders';

// The required fields a clerk types (the rest are chosen from lists, so always hold a value).
const TYPED = ['title', 'unit', 'recipient', 'signature', 'date'] as const satisfies ReadonlyArray<TField & TBasicField>;
const REQUIRED: Array<[TField & keyof TReport, string]> = TYPED.filter((field) => BASIC_FIELDS[field].required).map((field) => [field, basicLabel(field)]);

/** 错误: title, unit, recipient, signature and date are filled, and not with a stand-in (XX, （请填写单位全称））;
 * the date is real and after the year ends. */
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
    for (const [field, label] of REQUIRED) {
      if (!PLACEHOLDER_IS_ERROR.has(field)) continue;
      const text = String(report[field]);
      const found = matchesOf(text, PLACEHOLDER)[0];
      if (found) {
        findings.push({
          ruleId: 'basics-filled',
          severity: '错误',
          message: `${label}中的“${found[0]}”像是没有替换的占位符，请填上实际内容。`,
          place: { part: null, field, start: found.index, end: found.index + found[0].length },
          excerpt: found[0],
        });
      }
    }
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
