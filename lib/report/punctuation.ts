const CJK = /[\u3000-\u303F\u3400-\u9FFF\uF900-\uFAFF\uFF01-\uFF60\u2018-\u201D\u2026\u2014]/;

const HALF_WIDTH_MARK = /[,:;?!.()"']/;
const SINGLE: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' };

const isCjk = (ch: string | undefined): boolean => ch !== undefined && CJK.test(ch);
const hasCjk = (text: string): boolean => Array.from(text).some(isCjk);

// The characters on either side of a match are read where they stand: slicing the text before or after
// each match made a line of a thousand pairs cost a million steps.
function charBefore(text: string, offset: number): string | undefined {
  if (offset === 0) return undefined;
  const low = text.charCodeAt(offset - 1);
  const high = offset >= 2 ? text.charCodeAt(offset - 2) : 0;
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return text.slice(pair ? offset - 2 : offset - 1, offset);
}

function charAt(text: string, offset: number): string | undefined {
  const code = text.codePointAt(offset);
  return code === undefined ? undefined : String.fromCodePoint(code);
}

/** Paired marks are converted as pairs, when what they enclose or what stands beside them is Chinese. */
function convertPairs(line: string): string {
  const pair = (pattern: RegExp, open: string, close: string) => (text: string) =>
    text.replace(pattern, (whole, inner: string, offset: number, all: string) => {
      const before = charBefore(all, offset);
      const after = charAt(all, offset + whole.length);
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
