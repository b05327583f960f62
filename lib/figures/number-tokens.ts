import { detectIn, ID_NUMBER, LANDLINE, MOBILE } from '../checks/personal-data-detectors';

/** A number stated with a unit: "12件", "1.2万人次" (12000), "300余人次", "十二件", "100%". */
export type TNumberToken = { start: number; end: number; value: number; unitWord: string };

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_SCALES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const isDigit = (c: string | undefined) => c !== undefined && ((c >= '0' && c <= '9') || (c >= '０' && c <= '９'));
const digitOf = (c: string) => (c >= '０' ? c.charCodeAt(0) - 0xff10 : c.charCodeAt(0) - 48);
const isCn = (c: string | undefined) => c !== undefined && (c in CN_DIGITS || c in CN_SCALES || c === '万');
const isSpace = (c: string | undefined) => c === ' ' || c === '\u3000' || c === '\u00a0';

/** A number before it is not the figure: an ordinal (第3次), part of a code or a date (〔2025〕, 2025-3, 1.2.3),
 * or a change rather than an amount (同比下降2件). */
const BEFORE_NOT_AMOUNT = new Set(['第', '-', '－', '—', '.', '/', '〔', '[', '【', '#', '№']);
const CHANGE_WORDS = ['增长', '下降', '增加', '减少', '提高', '上升', '降低', '提升'];

/** 十二 → 12, 一百零五 → 105, 三千二百 → 3200, 一万二千 → 12000; null for what is not a plain numeral. */
export function chineseNumeral(run: string): number | null {
  if (!(run[0]! in CN_DIGITS) && run[0] !== '十') return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of run) {
    if (c in CN_DIGITS) {
      if (digit !== null && digit !== 0) return null; // 二三: not a numeral (except 零 fillers)
      digit = CN_DIGITS[c]!;
    } else if (c in CN_SCALES) {
      section += (digit ?? 1) * CN_SCALES[c]!;
      digit = null;
    } else {
      total += (section + (digit ?? 0)) * 10_000;
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

function amountBefore(text: string, start: number): boolean {
  let at = start - 1;
  while (isSpace(text[at])) at--;
  if (at >= 0 && BEFORE_NOT_AMOUNT.has(text[at]!)) return false;
  if (at >= 0 && /[A-Za-z]/.test(text[at]!)) return false;
  if (text[at] === '了') at--;
  const before = text.slice(Math.max(0, at - 1), at + 1);
  return !CHANGE_WORDS.includes(before);
}

function skipSpace(text: string, at: number): number {
  return isSpace(text[at]) ? at + 1 : at;
}

/** The unit word at `at`, the longest that fits (人次 before 人, 场次 before 场). */
function unitAt(text: string, at: number, unitWords: readonly string[]): string | null {
  for (const w of unitWords) if (text.startsWith(w, at)) return w;
  return null;
}

/**
 * Every number in a sentence that is followed by one of `unitWords` (longest first) and may be a figure:
 * not a year, date, document number, ordinal, phone or ID number. One pass over the sentence, each
 * character read a bounded number of times.
 */
export function numberTokens(text: string, unitWords: readonly string[]): TNumberToken[] {
  // Phone and ID numbers as the publish scan finds them; in order, passed once alongside the tokens.
  const masked = detectIn(text, [ID_NUMBER, MOBILE, LANDLINE]).sort((a, b) => a.index - b.index);
  let mask = 0;
  const tokens: TNumberToken[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const start = i;
    let value: number | null = null;
    let valid = true;
    if (isDigit(c)) {
      let whole = 0;
      let digits = 0;
      for (; isDigit(text[i]); i++, digits++) whole = whole * 10 + digitOf(text[i]!);
      let fraction = '';
      if (text[i] === '.' && isDigit(text[i + 1])) {
        i++;
        while (isDigit(text[i])) fraction += String(digitOf(text[i++]!));
      }
      // Long runs are phone, ID or registration numbers; a dash or another point joins codes and dates.
      valid = digits <= 8 && !['-', '－', '.'].includes(text[i] ?? '');
      value = fraction ? whole + Number(`0.${fraction}`) : whole;
      const scaleAt = skipSpace(text, i);
      if (text[scaleAt] === '万' || text[scaleAt] === '亿') {
        value *= text[scaleAt] === '万' ? 10_000 : 100_000_000;
        i = scaleAt + 1;
      }
    } else if (isCn(c)) {
      while (isCn(text[i])) i++;
      value = chineseNumeral(text.slice(start, i));
    } else {
      i++;
      continue;
    }
    let at = text[i] === '余' || text[i] === '多' ? i + 1 : i;
    at = skipSpace(text, at);
    const unitWord = value === null ? null : unitAt(text, at, unitWords);
    if (unitWord === null || value === null) continue;
    const end = at + unitWord.length;
    i = end;
    if (!valid || !amountBefore(text, start)) continue;
    while (mask < masked.length && masked[mask]!.index + masked[mask]!.text.length <= start) mask++;
    if (mask < masked.length && masked[mask]!.index < end) continue;
    tokens.push({ start, end, value: Math.round(value * 1e6) / 1e6, unitWord });
  }
  return tokens;
}
