const PATTERNS: Array<[number, RegExp]> = [
  [1, /^[一二三四五六七八九十]{1,3}\s*[、，．.]\s*/],
  [2, /^[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]\s*[、，．.]?\s*/],
  [3, /^\d{1,2}\s*[、．.](?!\d)\s*/],
  [4, /^[（(]\s*\d{1,2}\s*[）)]\s*[、，．.]?\s*/],
];

const HEADING_MAX = 60;

export type TSourceHeading = { level: number; heading: string; label: string; rest: string };

/**
 * Whether a line is a hand-numbered heading (一、 （一） 1. （1）), or one whose level the file gave: the
 * number, the heading without it, and any text that runs on after the heading's full stop, as in
 * "1. 落实工作责任。成立……". A long numbered line with no early full stop is a paragraph, not a heading.
 */
export function sourceHeading(text: string, fileLevel?: number): TSourceHeading | null {
  const match = PATTERNS.find(([, p]) => p.test(text));
  const label = match ? match[1].exec(text)![0] : '';
  const level = fileLevel ?? match?.[0];
  if (!level) return null;
  const body = text.slice(label.length);
  const stop = body.search(/[。！？]/);
  if (stop >= 0 && stop <= HEADING_MAX && stop < body.length - 1) {
    return { level, heading: body.slice(0, stop).trim(), label: label.trim(), rest: body.slice(stop + 1).trim() };
  }
  if (body.length > HEADING_MAX && fileLevel === undefined) return null;
  return { level, heading: body.replace(/[。]$/, '').trim(), label: label.trim(), rest: '' };
}
