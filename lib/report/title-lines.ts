import { textUnits } from './text-width';

/** A 2号 (22 pt) title line holds 20 characters of the 156 mm text block. */
export const TITLE_UNITS = 20;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
// Spans a title line never splits, besides the names the caller passes: a year, and the terms every
// title carries. Breaking before or after 关于 is what a reader expects.
const PROTECTED = [/\d{4}\s*年度?/g, /法治政府/g, /人民政府/g, /办事处/g, /党委|委员会/g];
const ORPHAN = 2;

function breakOffsets(title: string, keep: string[]): number[] {
  const spans: Array<[number, number]> = [];
  for (const name of keep.filter((k) => k.length > 1)) {
    for (let at = title.indexOf(name); at >= 0; at = title.indexOf(name, at + 1)) spans.push([at, at + name.length]);
  }
  for (const pattern of PROTECTED) for (const m of title.matchAll(pattern)) spans.push([m.index, m.index + m[0].length]);
  const inside = (offset: number) => spans.some(([a, b]) => offset > a && offset < b);
  return [...segmenter.segment(title)].map((s) => s.index).filter((o) => o > 0 && !inside(o));
}

/** Lower is better: as few lines as fit, lines close to equal, no line longer than the one below (a
 * trapezoid, 上短下长) or only the middle line longest (a diamond), no line of one or two characters,
 * breaks at 关于. */
function cost(title: string, breaks: number[]): number {
  const cuts = [0, ...breaks, title.length];
  const lines = cuts.slice(1).map((end, i) => title.slice(cuts[i], end));
  const widths = lines.map(textUnits);
  if (widths.some((w) => w > TITLE_UNITS)) return Infinity;
  const mean = widths.reduce((a, b) => a + b, 0) / widths.length;
  const balance = widths.reduce((a, w) => a + (w - mean) ** 2, 0);
  const rises = (ws: number[]) => ws.slice(1).reduce((a, w, i) => a + Math.max(0, ws[i]! - w), 0);
  const peak = Math.floor(widths.length / 2);
  const trapezoid = rises(widths);
  const diamond = widths.length >= 3 ? rises(widths.slice(0, peak + 1)) + rises(widths.slice(peak).reverse()) : Infinity;
  const orphans = widths.filter((w) => w <= ORPHAN).length;
  const atGuanyu = breaks.filter((b) => title.startsWith('关于', b) || title.slice(0, b).endsWith('关于')).length;
  return balance + 20 * Math.min(trapezoid, diamond) + 1000 * orphans - 3 * atGuanyu + 20 * widths.length;
}

function* combinations(items: number[], k: number, from = 0): Generator<number[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= items.length - k; i++) for (const rest of combinations(items, k - 1, i + 1)) yield [items[i]!, ...rest];
}

function greedy(title: string, offsets: number[]): string[] {
  const lines: string[] = [];
  let start = 0;
  while (textUnits(title.slice(start)) > TITLE_UNITS) {
    const fits = offsets.filter((o) => o > start && textUnits(title.slice(start, o)) <= TITLE_UNITS);
    const end = fits.at(-1) ?? start + TITLE_UNITS;
    lines.push(title.slice(start, end));
    start = end;
  }
  return [...lines, title.slice(start)].map((l) => l.trim());
}

/**
 * The lines a title prints on: one when it fits, otherwise broken where words end (never inside the
 * unit's name, a year or 法治政府), balanced into a trapezoid or diamond. `keep` names spans that must
 * stay whole (the unit's names). Titles beyond three lines are filled greedily, still at word ends.
 */
export function titleLines(title: string, keep: string[] = []): string[] {
  const text = title.trim();
  if (textUnits(text) <= TITLE_UNITS) return [text];
  const offsets = breakOffsets(text, keep);
  const needed = Math.ceil(textUnits(text) / TITLE_UNITS);
  if (needed > 3) return greedy(text, offsets);
  let best: { breaks: number[]; cost: number } = { breaks: [], cost: Infinity };
  for (let n = needed; n <= Math.min(3, needed + 1); n++) {
    for (const breaks of combinations(offsets, n - 1)) {
      const c = cost(text, breaks);
      if (c < best.cost) best = { breaks, cost: c };
    }
  }
  if (best.cost === Infinity) return greedy(text, offsets);
  const cuts = [0, ...best.breaks, text.length];
  return cuts.slice(1).map((end, i) => text.slice(cuts[i], end).trim());
}

/** The clerk's own line breaks when they still spell the title, else the computed ones. */
export function printedTitleLines(title: string, chosen: string[] | undefined, keep: string[]): string[] {
  const spelled = (lines: string[]) => lines.join('').replace(/\s+/g, '') === title.replace(/\s+/g, '');
  return chosen && chosen.length > 0 && spelled(chosen) ? chosen : titleLines(title, keep);
}
