import type { TRule } from '../rule';
import { matchesOf } from '../matches';

// In a heading any year counts; in the text, a year that dates the plans themselves ("2024年工作安排", "2024年，我镇将").
const HEADING_YEAR = /(20\d{2})\s*年/g;
const PLAN_YEAR = /(20\d{2})\s*年(?:度)?(?:的)?(?:工作安排|工作计划|主要安排|工作打算|工作思路|重点工作|，?(?:我镇|我乡|我街道|我局|我单位)?将)/g;

/** 错误: the plans part is about the year after the report year; a plan dated to another year is wrong. */
export const plansYear: TRule = {
  id: 'plans-year',
  title: '下一年度安排的年份',
  run: ({ report, units }) => {
    const next = report.year + 1;
    return units.filter((u) => u.place.part === 'plans').flatMap((unit) =>
      matchesOf(unit.text, unit.place.field === 'heading' ? HEADING_YEAR : PLAN_YEAR)
        .filter((m) => Number(m[1]) !== next && Number(m[1]) >= report.year && Number(m[1]) <= next + 1)
        .map((m) => ({
          ruleId: 'plans-year',
          severity: '错误' as const,
          message: `下一年度安排写成了“${m[1]}年”：本报告是${report.year}年度报告，安排应是${next}年的。`,
          place: { ...unit.place, start: m.index, end: m.index + m[1]!.length + 1 },
          excerpt: `${m[1]}年`,
        })),
    );
  },
};
