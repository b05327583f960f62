import type { TRule } from '../rule';
import type { TFinding } from '../types';
import { matchesOf } from '../matches';

// Left-over blanks: XX/××/＊＊ stand-ins, empty 【】, 〇〇 (not inside a year like 二〇〇八), （待填）,
// （请填写单位全称）, ___.
export const PLACEHOLDER = /[Xx]{2,}|×{2,}|＊{2,}|\*{2,}|【\s*】|【待[^】]{0,6}】|(?<![一二三四五六七八九〇零])〇〇(?![一二三四五六七八九〇零])|[（(]\s*(?:待[填补定]|请[填输选])[^）)]{0,12}[）)]|_{3,}|＿{2,}/g;

/** The fields whose placeholder is an 错误 (basics-filled): the file cannot go out under a stand-in name. */
export const PLACEHOLDER_IS_ERROR = new Set(['title', 'unit', 'recipient', 'signature']);

/** 提示: placeholders left in the text (in the title, 主送机关 or 落款 they are an 错误, see basics-filled). */
export const placeholders: TRule = {
  id: 'placeholder',
  title: '占位符未替换',
  run: ({ units }) =>
    units.filter((unit) => !PLACEHOLDER_IS_ERROR.has(unit.place.field)).flatMap((unit): TFinding[] =>
      matchesOf(unit.text, PLACEHOLDER).map((m) => ({
        ruleId: 'placeholder',
        severity: '提示',
        message: `“${m[0]}”像是没有替换的占位符，请填上实际内容。`,
        place: { ...unit.place, start: m.index, end: m.index + m[0].length },
        excerpt: m[0],
      })),
    ),
};
