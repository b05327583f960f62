import { hasHalfWidthPunctuation } from '../../report/punctuation';
import type { TRule } from '../rule';
import type { TFinding } from '../types';
import { matchesOf } from '../matches';

const FULL_WIDTH_DIGIT = /[０-９]+/g;

/** 提示: half-width punctuation in Chinese text (with a one-click fix), and full-width digits. */
export const punctuation: TRule = {
  id: 'punctuation',
  title: '标点和数字的全角半角',
  run: ({ units }) =>
    units.flatMap((unit): TFinding[] => [
      ...(hasHalfWidthPunctuation(unit.text)
        ? [
            {
              ruleId: 'punctuation',
              severity: '提示' as const,
              message: '中文里用了半角标点（如 , ; : ( )），应使用全角标点（GB/T 15834）。可一键改正。',
              place: unit.place,
              excerpt: unit.text.slice(0, 20),
              fix: 'full-width-punctuation' as const,
            },
          ]
        : []),
      ...matchesOf(unit.text, FULL_WIDTH_DIGIT).map((m) => ({
        ruleId: 'digit-width',
        severity: '提示' as const,
        message: `“${m[0]}”是全角数字，公文中的阿拉伯数字应使用半角。`,
        place: { ...unit.place, start: m.index, end: m.index + m[0].length },
        excerpt: m[0],
      })),
    ]),
};
