import type { TPart, TReport, TSection } from './schema';
import type { TPartKey } from './part-keys';

const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });
// Han ideographs, CJK and full-width punctuation, kana and Hangul: Word counts each as one 字.
const WIDE = /[\u1100-\u11FF\u2E80-\u9FFF\uA960-\uA97F\uAC00-\uD7FF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]|[\u{20000}-\u{3FFFF}]/u;
const EMOJI = /\p{Extended_Pictographic}/u;

/** 字数 as Word counts it: each CJK character (or emoji) is one, a run of Latin letters or digits is one. */
export function countChars(text: string): number {
  let count = 0;
  let inWord = false;
  for (const { segment } of segmenter.segment(text)) {
    if (/^\s+$/u.test(segment)) {
      inWord = false;
    } else if (WIDE.test(segment) || EMOJI.test(segment)) {
      count += 1;
      inWord = false;
    } else if (!inWord) {
      count += 1;
      inWord = true;
    }
  }
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
