import {
  joinParagraphs,
  mergeValue,
  type TFieldConflict,
  type TMergeChoice,
  type TMergeConflict,
  type TMergedField,
  type TSectionConflict,
} from './merge-conflicts';
import { PART_KEYS } from './part-keys';
import type { TReport, TSection } from './schema';

function withField<F extends TMergedField>(report: TReport, field: F, value: TReport[F]): TReport {
  const next: TReport = { ...report };
  next[field] = value;
  return next;
}

function resolveField(report: TReport, conflict: TFieldConflict, choice: TMergeChoice): TReport {
  if (choice === 'both') {
    if (conflict.field !== 'opening') throw new Error(`${conflict.key} 不能保留两份`);
    return withField(report, 'opening', joinParagraphs(conflict.mine, conflict.theirs));
  }
  return withField(report, conflict.field, conflict[choice]);
}

/** The heading and body of a section both sides edited, as chosen. Only what conflicted is replaced: a
 * heading one side alone changed stays merged whatever is chosen for the body. */
function resolvedText(merged: TSection, conflict: TSectionConflict, choice: TMergeChoice): Pick<TSection, 'heading' | 'body'> {
  const [base, mine, theirs] = [conflict.base, conflict.mine!, conflict.theirs!];
  const heading = mergeValue(base?.heading, mine.heading, theirs.heading, base !== null).conflict;
  const body = mergeValue(base?.body, mine.body, theirs.body, base !== null).conflict;
  if (choice !== 'both') {
    const side = choice === 'mine' ? mine : theirs;
    return { heading: heading ? side.heading : merged.heading, body: body ? side.body : merged.body };
  }
  // One section, never two: mine's heading and text, then what of theirs differs as further paragraphs,
  // their heading first, so that no character either side wrote is lost.
  return {
    heading: heading ? mine.heading : merged.heading,
    body: joinParagraphs(body ? mine.body : merged.body, heading ? theirs.heading : '', body ? theirs.body : ''),
  };
}

/**
 * The merged report with the clerk's choices applied; a conflict without a choice stays as merged. A
 * choice a conflict does not offer (see its `choices`) is a programming error and throws. Choosing the
 * side that deleted a section removes it and what that side deleted with it; sections within it that the
 * deleting side still has move up into its place.
 */
export function resolveConflicts(merged: TReport, conflicts: TMergeConflict[], choices: Record<string, TMergeChoice>): TReport {
  let report = merged;
  const edits = new Map<string, { conflict: TSectionConflict; choice: TMergeChoice }>();
  const removed = new Set<string>();
  for (const conflict of conflicts) {
    const choice = choices[conflict.key];
    if (choice === undefined) continue;
    if (!conflict.choices.includes(choice)) throw new Error(`${conflict.key} 不能选择 ${choice}`);
    if (conflict.kind === 'field') report = resolveField(report, conflict, choice);
    else if (conflict.reason === 'edited') edits.set(conflict.sectionId, { conflict, choice });
    else if ((choice === 'mine' ? conflict.mine : conflict.theirs) === null) for (const id of conflict.deletedIds) removed.add(id);
  }
  if (edits.size === 0 && removed.size === 0) return report;
  const rebuild = (sections: TSection[]): TSection[] =>
    sections.flatMap((section) => {
      const children = rebuild(section.children);
      if (removed.has(section.id)) return children;
      const edit = edits.get(section.id);
      return [{ ...section, ...(edit ? resolvedText(section, edit.conflict, edit.choice) : {}), children }];
    });
  const parts = Object.fromEntries(
    PART_KEYS.map((key) => [key, { ...report.parts[key], sections: rebuild(report.parts[key].sections) }]),
  ) as TReport['parts'];
  return { ...report, parts };
}
