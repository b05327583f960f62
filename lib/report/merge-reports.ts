import {
  MERGED_FIELDS,
  fieldConflictKey,
  mergeValue,
  sameValue,
  type TFieldConflict,
  type TMergeConflict,
  type TMergedField,
} from './merge-conflicts';
import { mergeSections } from './merge-sections';
import { PART_KEYS } from './part-keys';
import type { TDismissal, TFigures, TReport } from './schema';

export { MERGED_FIELDS, type TFieldConflict, type TMergeChoice, type TMergeConflict, type TMergedField, type TSectionConflict } from './merge-conflicts';
export { resolveConflicts } from './merge-resolve';

function fieldConflict<F extends TMergedField>(field: F, base: TReport, mine: TReport, theirs: TReport): TFieldConflict {
  return {
    kind: 'field',
    key: fieldConflictKey(field),
    field,
    base: base[field],
    mine: mine[field],
    theirs: theirs[field],
    choices: field === 'opening' ? ['mine', 'theirs', 'both'] : ['mine', 'theirs'],
  } as TFieldConflict;
}

/** 已忽略的提示 by key: both sides' dismissals stand, the newer one where both dismissed the same 提示.
 * One a side withdrew while the other left it as it was stays withdrawn, or merging a side with the
 * unchanged base would not give that side back. */
function mergeDismissals(base?: TDismissal[], mine?: TDismissal[], theirs?: TDismissal[]): TDismissal[] | undefined {
  const plain = mergeValue(base, mine, theirs);
  if (!plain.conflict) return plain.value;
  const byKey = (list?: TDismissal[]) => new Map((list ?? []).map((d) => [d.key, d]));
  const [before, own, other] = [byKey(base), byKey(mine), byKey(theirs)];
  const withdrawn = (d: TDismissal, elsewhere: Map<string, TDismissal>) =>
    !elsewhere.has(d.key) && before.has(d.key) && sameValue(before.get(d.key), d);
  const out: TDismissal[] = [];
  for (const d of mine ?? []) {
    if (withdrawn(d, other)) continue;
    const theirsToo = other.get(d.key);
    out.push(theirsToo && theirsToo.at > d.at ? theirsToo : d);
  }
  for (const d of theirs ?? []) if (!own.has(d.key) && !withdrawn(d, own)) out.push(d);
  return out;
}

/** 待更新 sentences: one stays only while neither side edited or confirmed it away; either side's new ones join. */
function mergeCarriedOver(base?: string[], mine?: string[], theirs?: string[]): string[] | undefined {
  const plain = mergeValue(base, mine, theirs);
  if (!plain.conflict) return plain.value;
  const [before, other] = [new Set(base), new Set(theirs)];
  const out = (mine ?? []).filter((s) => !before.has(s) || other.has(s));
  const have = new Set(out);
  for (const s of theirs ?? []) {
    if (before.has(s) || have.has(s)) continue;
    out.push(s);
    have.add(s);
  }
  return out;
}

/** 主要数据 row by row: a row changed on one side wins. One changed differently on both sides keeps mine,
 * the figure typed last: a figure is re-read at a glance on its page, and the text it is checked against
 * is merged (and its conflicts offered) as ever. */
function mergeFigures(base: TFigures, mine: TFigures, theirs: TFigures): TFigures {
  const keys = new Set([...Object.keys(mine), ...Object.keys(theirs)]);
  const out: TFigures = {};
  for (const key of keys) {
    const row = mergeValue(base[key], mine[key], theirs[key]).value;
    if (row) out[key] = row;
  }
  return out;
}

// Equal to no value a report can hold (text fields refuse control characters), so against it every
// difference between the sides is a conflict.
const UNKNOWN = '\u0000unknown';

/** A stand-in for a base no longer kept: no sections (so both sides' sections are all kept, and any
 * section they hold differently is a conflict) and basic fields that match neither side. */
function unknownBase(theirs: TReport): TReport {
  const parts = Object.fromEntries(PART_KEYS.map((key) => [key, { ...theirs.parts[key], sections: [] }])) as unknown as TReport['parts'];
  const fields = Object.fromEntries(MERGED_FIELDS.map((field) => [field, UNKNOWN]));
  return { ...theirs, ...fields, parts, dismissals: undefined, carriedOver: undefined, figures: {} };
}

/**
 * Three-way merge of two reports saved from the same `base`: `mine` (the save the server refused) and
 * `theirs` (the one it holds). Pure; the inputs are not changed (the result may share values with them).
 *
 * - Basic fields, each part's 无/已完成 and each section's heading and body: a change on one side wins;
 *   different changes on both sides are a conflict, and the merged report holds mine until resolved.
 * - Sections by id, wherever they stand: added on one side → kept; deleted on one side and untouched on
 *   the other → deleted; deleted on one side while the other edited it, added to it or moved a section into
 *   it → kept whole from the changed side, as a 'deleted' conflict. A move (within a list, under another
 *   section, into another part) on one side wins; moved on both, mine. See orderList for the order within a
 *   list, and mergeSections for depth past four levels. No id is ever emitted twice.
 * - 已忽略的提示, 待更新 sentences, 主要数据: see mergeDismissals, mergeCarriedOver and mergeFigures; 去年的文字 (reference): mine.
 *
 * Every conflict has a stable `key` for resolveConflicts and the choices it offers. Without a base (null:
 * none is kept that old) nothing counts as deleted, and every difference between the sides is a conflict.
 */
export function mergeReports(knownBase: TReport | null, mine: TReport, theirs: TReport): { report: TReport; conflicts: TMergeConflict[] } {
  const base = knownBase ?? unknownBase(theirs);
  const conflicts: TMergeConflict[] = [];
  const report: TReport = { ...mine };
  for (const field of MERGED_FIELDS) {
    const merged = mergeValue(base[field], mine[field], theirs[field]);
    Object.assign(report, { [field]: merged.value });
    if (merged.conflict) conflicts.push(fieldConflict(field, base, mine, theirs));
  }
  if (report.titleLines === undefined) delete report.titleLines;

  const sections = mergeSections(base, mine, theirs);
  conflicts.push(...sections.conflicts);
  report.parts = Object.fromEntries(
    PART_KEYS.map((key) => {
      const [was, own, other] = [base.parts[key], mine.parts[key], theirs.parts[key]];
      // A flag has two values, so both sides changing it changed it the same way: flags never conflict
      // (and were they ever to, mergeValue keeps mine).
      const none = mergeValue(was.none, own.none, other.none).value;
      const done = mergeValue(was.done, own.done, other.done).value;
      return [key, { ...own, sections: sections.parts[key], none, done }];
    }),
  ) as TReport['parts'];

  const dismissals = mergeDismissals(base.dismissals, mine.dismissals, theirs.dismissals);
  if (dismissals === undefined) delete report.dismissals;
  else report.dismissals = dismissals;
  const carriedOver = mergeCarriedOver(base.carriedOver, mine.carriedOver, theirs.carriedOver);
  if (carriedOver === undefined) delete report.carriedOver;
  else report.carriedOver = carriedOver;
  report.figures = mergeFigures(base.figures, mine.figures, theirs.figures);
  return { report, conflicts };
}
