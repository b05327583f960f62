import type { TRule } from '../rule';
import type { TFinding } from '../types';
import { matchesOf } from '../matches';

// Left-over blanks: XX/××/＊＊ stand-ins, empty 【】, 〇〇 (not inside a year like 二〇〇八), （待填）, ___.
const PLACEHOLDER = /[Xx]{2,}|×{2,}|＊{2,}|\*{2,}|【\s*】|【待[^】]{0,6}】|(?<![一二三四五六七八九〇零])〇〇(?![一二三四五六七八九〇零])|[（(]\s*待[填补定][^）)]{0,6}[）)]|_{3,}|＿{2,}/g;

/** 提示: placeholders left in the text. */
export const placeholders: TRule = {
  id: 'placeholder',
  title: '占位符未替换',
  run: ({ units }) =>
    units.flatMap((unit): TFinding[] =>
      matchesOf(unit.text, PLACEHOLDER).map((m) => ({
        ruleId: 'placeholder',
        severity: '提示',
        message: `“${m[0]}”像是没有替换的占位符，请填上实际内容。`,
        place: { ...unit.place, start: m.index, end: m.index + m[0].length },
        excerpt: m[0],
      })),
    ),
};
