import type { TPart, TReport, TSection } from './schema';
import type { TPartKey } from './part-keys';

// Han ideographs, CJK and full-width punctuation, kana and Hangul (Word counts each as one 字), with any
// combining marks; an emoji with its modifiers and joined parts; white space; or a run of anything else
// (a Latin word, a number), which Word counts as one. One regular expression, since counting runs on
// every pause in typing and Intl.Segmenter is ten times slower on long text.
const WIDE = '[\\u1100-\\u11FF\\u2E80-\\u9FFF\\uA960-\\uA97F\\uAC00-\\uD7FF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF\\u{20000}-\\u{3FFFF}]';
const EMOJI = '\\p{Extended_Pictographic}(?:\\p{Emoji_Modifier}|\\uFE0F|\\u200D\\p{Extended_Pictographic})*';
const TOKEN = new RegExp(`(\\s+)|${WIDE}\\p{M}*|${EMOJI}|(?:(?!${WIDE}|\\p{Extended_Pictographic})\\S)+`, 'gu');

/** 字数 as Word counts it: each CJK character (or emoji) is one, a run of Latin letters or digits is one. */
export function countChars(text: string): number {
  let count = 0;
  for (const m of text.matchAll(TOKEN)) if (m[1] === undefined) count += 1;
  return count;
}

function countSections(sections: TSection[]): number {
  return sections.reduce((n, s) => n + countChars(s.heading) + countChars(s.body) + countSections(s.children), 0);
}

export function countPart(part: TPart): number {
  return part.none ? 1 : countSections(part.sections);
}

/** The whole report as it prints: title, recipient, opening, every part, signature. */
export function countReport(report: TReport): number {
  const parts = (Object.keys(report.parts) as TPartKey[]).reduce((n, k) => n + countPart(report.parts[k]), 0);
  return parts + [report.title, report.recipient, report.opening, report.signature].reduce((n, t) => n + countChars(t), 0);
}
