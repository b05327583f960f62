const CJK = /[\u3000-\u303F\u3400-\u9FFF\uF900-\uFAFF\uFF01-\uFF60\u2018-\u201D\u2026\u2014]/;

const HALF_WIDTH_MARK = /[,:;?!.()"']/;
const SINGLE: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' };

const isCjk = (ch: string | undefined): boolean => ch !== undefined && CJK.test(ch);
const hasCjk = (text: string): boolean => Array.from(text).some(isCjk);

/** Paired marks are converted as pairs, when what they enclose or what stands beside them is Chinese. */
function convertPairs(line: string): string {
  const pair = (pattern: RegExp, open: string, close: string) => (text: string) =>
    text.replace(pattern, (whole, inner: string, offset: number, all: string) => {
      const before = Array.from(all.slice(0, offset)).at(-1);
      const after = Array.from(all.slice(offset + whole.length))[0];
      return hasCjk(inner) || isCjk(before) || isCjk(after) ? `${open}${inner}${close}` : whole;
    });
  return [pair(/\(([^()\n]*)\)/g, '（', '）'), pair(/"([^"\n]*)"/g, '“', '”'), pair(/'([^'\n]*)'/g, '‘', '’')].reduce((t, f) => f(t), line);
}

/**
 * GB/T 15834: punctuation in Chinese text is full-width. A half-width mark is converted only where it
 * touches Chinese, so "1.2万", "1,000", "www.gov.cn", "ICP备2021号" and English stay as typed; a full stop
 * only after Chinese and before the end of the line or more Chinese. Nothing else is changed.
 */
export function toFullWidthPunctuation(text: string): string {
  if (!HALF_WIDTH_MARK.test(text)) return text;
  return text
    .split('\n')
    .map((line) => {
      const chars = Array.from(convertPairs(line));
      return chars
        .map((ch, i) => {
          const prev = chars[i - 1];
          const next = chars[i + 1];
          if (ch in SINGLE) return isCjk(prev) || isCjk(next) ? SINGLE[ch]! : ch;
          if (ch === '.' && isCjk(prev) && (next === undefined || isCjk(next))) return '。';
          return ch;
        })
        .join('');
    })
    .join('\n');
}

/** Whether a text has half-width punctuation that the conversion would change. */
export function hasHalfWidthPunctuation(text: string): boolean {
  return toFullWidthPunctuation(text) !== text;
}
