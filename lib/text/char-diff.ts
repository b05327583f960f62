import { diffChars } from 'diff';

export type TDiffPiece = { kind: 'same' | 'removed' | 'added'; text: string };

/** The largest number of inserted plus deleted characters worked out one by one. Myers' algorithm costs
 * the text's length times this, so two long, very different texts are not diffed character by character. */
const MAX_EDITS = 400;

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // Never split a surrogate pair (a rare character outside the BMP).
  if (i > 0 && i < a.length && a.charCodeAt(i - 1) >= 0xd800 && a.charCodeAt(i - 1) <= 0xdbff) i--;
  return i;
}

function commonSuffix(a: string, b: string, prefix: number): number {
  let i = 0;
  while (i < a.length - prefix && i < b.length - prefix && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  if (i > 0 && i < a.length - prefix && a.charCodeAt(a.length - i) >= 0xdc00 && a.charCodeAt(a.length - i) <= 0xdfff) i--;
  return i;
}

/**
 * How `b` differs from `a`, character by character (a Chinese character is a word): pieces in order,
 * where the 'same' and 'removed' pieces spell `a` and the 'same' and 'added' pieces spell `b`. The
 * common start and end are found first, in linear time; past MAX_EDITS changes in between, the middle is
 * shown as one removal and one addition rather than worked out.
 */
export function charDiff(a: string, b: string): TDiffPiece[] {
  const prefix = commonPrefix(a, b);
  const suffix = commonSuffix(a, b, prefix);
  const [oldMiddle, newMiddle] = [a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix)];
  const middle: TDiffPiece[] =
    diffChars(oldMiddle, newMiddle, { maxEditLength: MAX_EDITS })?.map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value })) ?? [
      { kind: 'removed', text: oldMiddle },
      { kind: 'added', text: newMiddle },
    ];
  const pieces = [{ kind: 'same' as const, text: a.slice(0, prefix) }, ...middle, { kind: 'same' as const, text: a.slice(a.length - suffix) }];
  return pieces.filter((p) => p.text.length > 0);
}
