import { LIMITS } from '../report/limits';
import type { TFigures } from '../report/schema';

export type TFigureInput = { ok: true; value: number | null } | { ok: false; message: string };

const FULL_WIDTH = /[０-９．]/g;

/** What the clerk typed in a 今年 box: a number (full-width digits, thousands separators and a trailing %
 * as a clerk types them), empty for none, or why it is not a figure. */
export function parseFigureInput(text: string): TFigureInput {
  const plain = text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '')
    .replace(/[%％]$/, '');
  if (plain === '') return { ok: true, value: null };
  if (!/^\d+(\.\d+)?$/.test(plain)) return { ok: false, message: '请填写数字，如 12 或 96.6' };
  const value = Number(plain);
  if (value > LIMITS.figureValue) return { ok: false, message: '数字过大，请核对' };
  return { ok: true, value };
}

/** The text a 今年 box shows for a figure. */
export function figureInputText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * The table with the boxes' text put in: a row whose figure changed is set and confirmed; a box that holds
 * no figure yet (mid-typing, or not a number) leaves its row as it was, so the autosave never stores half a
 * number; an empty box never adds a row.
 */
export function applyFigureInputs(figures: TFigures, inputs: Record<string, string>): TFigures {
  const out = { ...figures };
  for (const [key, text] of Object.entries(inputs)) {
    const parsed = parseFigureInput(text);
    const row = Object.hasOwn(figures, key) ? figures[key] : undefined;
    if (!parsed.ok || parsed.value === (row?.value ?? null)) continue;
    out[key] = { value: parsed.value, lastYear: row?.lastYear ?? null, confirmed: true };
  }
  return out;
}

/** The table with one row said to be 不再填报: no figure this year, and the clerk has said so. */
export function leaveOut(figures: TFigures, key: string): TFigures {
  const row = Object.hasOwn(figures, key) ? figures[key] : undefined;
  return { ...figures, [key]: { value: null, lastYear: row?.lastYear ?? null, confirmed: true } };
}
