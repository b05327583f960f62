import type { TRule } from '../rule';
import type { TFinding } from '../types';

const MIN_LENGTH = 20;

/** 提示: a paragraph repeated word for word elsewhere in the report (often a copy-paste slip). */
export const repeatedParagraph: TRule = {
  id: 'repeated-paragraph',
  title: '段落重复',
  run: ({ units }) => {
    const seen = new Map<string, number>();
    return units
      .filter((u) => u.place.field === 'body' || u.place.field === 'opening')
      .flatMap((unit, i): TFinding[] => {
        const text = unit.text.trim();
        if (text.length < MIN_LENGTH) return [];
        if (!seen.has(text)) {
          seen.set(text, i);
          return [];
        }
        return [
          {
            ruleId: 'repeated-paragraph',
            severity: '提示',
            message: '这一段与前面的某一段一字不差，可能是重复粘贴，请删除或改写。',
            place: unit.place,
            excerpt: text.slice(0, 20),
          },
        ];
      });
  },
};
