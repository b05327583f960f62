import { CHARS_PER_BLOCK } from './page-grid';
import { textUnits } from './text-width';

/**
 * Where a sign-off line stands, in characters of the 3号 grid: `right` characters in from the right edge,
 * `left` characters in from the left edge, or each cell centred `at` characters from the left edge.
 */
export type TAnchor = { right: number } | { left: number };
export type TSignOffLine =
  | { kind: 'blank' }
  | { kind: 'signature' | 'date'; text: string; at: TAnchor }
  | { kind: 'issuers'; cells: Array<{ text: string; centre: number }> };

/**
 * Right indents, in characters, of 发文机关署名 and 成文日期 for a document without a seal (GB/T 9704
 * 7.3.5.2): the signature two characters in from the right; the date on the next line starting two
 * characters right of the signature's first character; and when the date is the longer, the date two
 * characters in and the signature moved left to keep that two-character step.
 */
export function signOffIndents(signature: string, date: string): { signature: number; date: number } {
  return indentsOf(textUnits(signature), textUnits(date));
}

function indentsOf(signatureUnits: number, dateUnits: number): { signature: number; date: number } {
  const step = signatureUnits - dateUnits;
  return step >= 2 ? { signature: 2, date: step } : { signature: 4 - step, date: 2 };
}

/**
 * Without a seal: the issuers one under another, the lead first, each as a lone issuer stands;
 * the date's first character two characters right of the longest issuer's. The date is anchored by its
 * left edge: Word sets its digits half a character wide and LibreOffice wider, so a date placed from the
 * right would start in a different place in each (gbt9704.md); the issuers are Chinese and measure alike.
 * When the date is the longer, its right edge is what the standard fixes, and it is anchored there.
 */
function unsealed(issuers: string[], date: string): TSignOffLine[] {
  const widest = issuers.reduce((w, issuer) => Math.max(w, textUnits(issuer)), 0);
  if (widest === 0) return date ? [{ kind: 'date', text: date, at: { right: 2 } }] : [];
  const indents = indentsOf(widest, textUnits(date));
  // The signature two characters in means it is the longer: only then is the date placed by its start.
  const dateAt: TAnchor = indents.signature === 2 ? { left: CHARS_PER_BLOCK - widest } : { right: indents.date };
  return [
    ...issuers.map((text): TSignOffLine => ({ kind: 'signature', text, at: { right: indents.signature } })),
    ...(date ? [{ kind: 'date' as const, text: date, at: dateAt }] : []),
  ];
}

/** GB/T 9704 7.3.5.1 puts a sealed document's date four characters in from the right. */
const SEALED_DATE_RIGHT = 4;
/** A seal is about 42 mm across: centres of two seals side by side are this many characters apart. */
const SEAL_PITCH = 10;

/**
 * With seals (7.3.5.1): the date four characters in from the right and the issuer centred above it; with
 * several issuers, two a row, the last issuer above the date and each other issuer a seal's width to its
 * left, rows in the issuers' order.
 */
function sealed(issuers: string[], date: string): TSignOffLine[] {
  // Before a date is chosen the issuers stand where a date of average width would put them.
  const dateWidth = textUnits(date || '2026年1月1日');
  const centre = CHARS_PER_BLOCK - SEALED_DATE_RIGHT - dateWidth / 2;
  const dateLine: TSignOffLine[] = date ? [{ kind: 'date', text: date, at: { right: SEALED_DATE_RIGHT } }] : [];
  if (issuers.length <= 1) {
    const text = issuers[0] ?? '';
    const right = Math.max(0, SEALED_DATE_RIGHT + dateWidth / 2 - textUnits(text) / 2);
    return [...(text ? [{ kind: 'signature' as const, text, at: { right } }] : []), ...dateLine];
  }
  const rows: string[][] = [];
  // Rows from the end: the last row ends with the last issuer, over the date.
  for (let end = issuers.length; end > 0; end -= 2) rows.unshift(issuers.slice(Math.max(0, end - 2), end));
  const lines = rows.map((row): TSignOffLine => ({
    kind: 'issuers',
    cells: row.map((text, i) => ({ text, centre: centre - (row.length - 1 - i) * SEAL_PITCH })),
  }));
  // A row of seals is about four lines tall: the rows stand apart so the seals do not touch.
  return [...lines.flatMap((line, i) => (i === 0 ? [line] : [...SEAL_GAP, line])), ...dateLine];
}

const SEAL_GAP: TSignOffLine[] = [{ kind: 'blank' }, { kind: 'blank' }, { kind: 'blank' }];

/** The sign-off lines below the body, in order. */
export function signOffLines(issuers: string[], date: string, seal: boolean): TSignOffLine[] {
  return seal ? sealed(issuers, date) : unsealed(issuers, date);
}
