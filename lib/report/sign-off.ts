import { textUnits } from './text-width';

/**
 * Right indents, in characters, of 发文机关署名 and 成文日期 for a document without a seal (GB/T 9704
 * 7.3.5.2): the signature two characters in from the right; the date on the next line starting two
 * characters right of the signature's first character; and when the date is the longer, the date two
 * characters in and the signature moved left to keep that two-character step.
 */
export function signOffIndents(signature: string, date: string): { signature: number; date: number } {
  const step = textUnits(signature) - textUnits(date);
  return step >= 2 ? { signature: 2, date: step } : { signature: 4 - step, date: 2 };
}
