import { openingUnits, partUnits } from '../paragraphs';
import type { TRule } from '../rule';
import type { TFinding, TTextUnit } from '../types';

/** 错误: a sentence carried over from last year with a figure or a year, not yet edited or confirmed. */
export const carriedOver: TRule = {
  id: 'carried-over',
  title: '沿用去年的数字和年份待更新',
  run: ({ report, template }) => {
    const pending = new Set(report.carriedOver ?? []);
    if (pending.size === 0) return [];
    const units: TTextUnit[] = [
      ...openingUnits(report),
      ...template.parts.flatMap((p) => partUnits(report, p.key)),
    ];
    return units.flatMap((unit): TFinding[] =>
      [...pending]
        .filter((s) => unit.text.includes(s))
        .map((s) => {
          const start = unit.text.indexOf(s);
          return {
            ruleId: 'carried-over',
            severity: '错误',
            message: `待更新：这句沿用了去年报告的数字或年份，请改为今年的情况，或确认无需更新：“${s.length > 40 ? `${s.slice(0, 40)}…` : s}”`,
            place: { ...unit.place, start, end: start + s.length },
            excerpt: s,
          };
        }),
    );
  },
};
