import type { TRule } from '../rule';
import type { TFinding } from '../types';
import { matchesOf } from '../matches';

/** 提示: last year's text kept: the year before the report year written as if it were the report year. */
export const staleYear: TRule = {
  id: 'stale-year',
  title: '年份与报告年度不符',
  run: ({ report, units }) => {
    const last = report.year - 1;
    const pattern = new RegExp(`${last}\\s*年(?:以来|全年|度?[，,]?(?:我镇|我乡|我街道|我局|我单位)|上半年|下半年|，在)`, 'g');
    const written = units.filter((u) => u.place.field === 'opening' || (u.place.part !== null && u.place.part !== 'plans'));
    return written.flatMap((unit): TFinding[] =>
      matchesOf(unit.text, pattern).map((m) => ({
        ruleId: 'stale-year',
        severity: '提示',
        message: `“${m[0]}”：这是${report.year}年度的报告，这里的${last}年可能是沿用了去年报告的文字，请核对。`,
        place: { ...unit.place, start: m.index, end: m.index + m[0].length },
        excerpt: m[0],
      })),
    );
  },
};
