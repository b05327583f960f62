import { Converter } from 'opencc-js/t2cn';
import type { TSourceLine } from './docx-lines';

const CJK = '\\u3400-\\u9fff';
const PUNCT = '，。、；：？！“”‘’（）《》〔〕【】…—';
// One space between two Chinese characters or marks, as a PDF's text layer or a spaced-out web page
// gives them: "法 治 政 府".
const SPACED_PAIR = new RegExp(`(?<=[${CJK}${PUNCT}]) (?=[${CJK}${PUNCT}])`, 'g');
const SPACE_BY_CHINESE = new RegExp(`(?<=[${CJK}${PUNCT}]) +| +(?=[${CJK}${PUNCT}])`, 'g');
const CHINESE = new RegExp(`[${CJK}]`, 'g');
// How much of a line's Chinese must stand one space apart before the spaces are taken for spacing, not
// words: a line of Chinese with a few English words or figures keeps its spaces.
const SPACED_SHARE = 0.6;

/** A line with a space after nearly every Chinese character, without those spaces (nor those beside a
 * figure: 2 0 2 4 年 is spaced the same way). */
function unspaced(text: string): string {
  const chinese = text.match(CHINESE)?.length ?? 0;
  if (chinese < 4) return text;
  const pairs = text.match(SPACED_PAIR)?.length ?? 0;
  return pairs >= SPACED_SHARE * (chinese - 1) ? text.replace(SPACE_BY_CHINESE, '').replace(/(?<=\d) (?=\d)/g, '') : text;
}

// Where a flattened report's lines began: before a heading number that follows the end of a sentence
// (。一、 。（二） 。1. — "1." only before a non-digit, so 1.5万 stays whole; after ； or ： a number opens
// an item of a list inside the paragraph, not a heading), after 如下： and after the
// recipient's colon, before the （一） that follows a level-1 heading, after the title's 报告, before the
// signature and before the closing date. Lookbehinds of one character and fixed lookaheads: each position is tried once.
const LINE_STARTS = new RegExp(
  [
    `(?<=[。！？])(?=[一二三四五六七八九十]{1,3}、)`,
    `(?<=[。！？])(?=[（(][一二三四五六七八九十]{1,3}[）)])`,
    `(?<=[。！？])(?=\\d{1,2}[．.、](?!\\d))`,
    `(?<=[。！？])(?=[（(]\\d{1,2}[）)])`,
    `(?<=如下[：:])`,
    `(?<=[：:])(?=20\\d{2}年)`,
    `(?<=[一二三四五六七八九十]、[^。；！？（(]{2,60})(?=[（(]一[）)])`,
    `(?<=报告)(?!如下)(?=20\\d{2}年|[^，。；：]{2,30}[：:])`,
    `(?<=。)(?=[^，。；：、]{2,40}(?:政府|办事处|委员会|街道|镇|乡|局|办公室|中心)(?:20\\d{2}|[〇○零一二三四五六七八九]{4})年)`,
    `(?=(?:20\\d{2}|[〇○零一二三四五六七八九]{4})年[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日$)`,
  ].join('|'),
  'g',
);
// A line this long that holds two heading numbers after sentence ends is several lines run together.
const FLATTENED_CHARS = 300;
const HEADING_AFTER_STOP = /[。！？](?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])/g;

/** A line that holds a whole report, or headings glued to the sentence before them, split where its
 * lines began. */
function unflattened(text: string): string[] {
  if (text.length < FLATTENED_CHARS || (text.match(HEADING_AFTER_STOP)?.length ?? 0) < 2) return [text];
  return text.split(LINE_STARTS).filter((part) => part.trim() !== '');
}

let toSimplified: ((text: string) => string) | undefined;
// How many characters must change before a text is taken for traditional Chinese: a simplified report
// may hold a name or two that a converter would touch.
const TRADITIONAL_SHARE = 0.02;

/** The text in simplified characters when it is written in traditional ones, by OpenCC's tables. */
function simplified(texts: string[]): string[] {
  toSimplified ??= Converter({ from: 't', to: 'cn' });
  const converted = texts.map(toSimplified);
  let changed = 0;
  let chinese = 0;
  texts.forEach((text, i) => {
    chinese += text.match(CHINESE)?.length ?? 0;
    for (let at = 0; at < text.length; at += 1) if (text[at] !== converted[i]![at]) changed += 1;
  });
  return changed > 0 && changed >= TRADITIONAL_SHARE * chinese ? converted : texts;
}

/**
 * Last year's report as plain lines whatever way it was copied: a line per paragraph where a PDF or a
 * web page ran them together, no spaces between Chinese characters where they were spaced out, and
 * simplified characters where it was published in traditional ones. A line's level from the file stays
 * with the line's first part.
 */
export function normalizedLines(lines: TSourceLine[]): TSourceLine[] {
  const split = lines.flatMap((line) => unflattened(unspaced(line.text)).map((text, i) => (i === 0 ? { ...line, text } : { text })));
  const texts = simplified(split.map((l) => l.text));
  return split.map((line, i) => ({ ...line, text: texts[i]! }));
}
