import { openingUnits } from '../paragraphs';
import { firstOccurrences } from '../first-occurrences';
import type { TRule } from '../rule';
import type { TFinding, TTextUnit } from '../types';

/** 错误: a sentence carried over from last year with a figure or a year, not yet edited or confirmed. */
export const carriedOver: TRule = {
  id: 'carried-over',
  title: '沿用去年的数字和年份待更新',
  run: ({ report, units: printed }) => {
    const pending = [...new Set(report.carriedOver ?? [])];
    if (pending.length === 0) return [];
    // The opening's blank lines too: an empty sentence, which only hand-edited data holds, is found there.
    const units: TTextUnit[] = [...openingUnits(report), ...printed.filter((u) => u.place.part !== null)];
    const find = firstOccurrences(pending);
    return units.flatMap((unit): TFinding[] =>
      find(unit.text).map(({ needle, start }) => {
        const s = pending[needle]!;
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
