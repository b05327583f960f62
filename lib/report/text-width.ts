// Half-width characters (ASCII letters, digits, spaces and punctuation) take half the width of a Chinese
// character in the fonts GB/T 9704 names; everything else takes a full one.
const HALF = /[\u0020-\u007E\uFF61-\uFF9F]/;

/** The printed width of a text in Chinese characters, as a line of the 公文 grid counts it. */
export function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += HALF.test(ch) ? 0.5 : 1;
  return units;
}
