'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TMergeChoice } from '@/lib/report/merge-reports';
import type { TReport } from '@/lib/report/schema';
import type { TJournalEntry } from './browser-store';
import { rememberCopy } from './tab-journal';
import { useAutosave, type TConflict } from './use-autosave';

/** Where a conflict's first place is and how many places it has, as its panel lists them. */
export type TListedConflict = { conflict: TConflict; place: string; count: number };

/**
 * The state every editing page shares: the text on screen (`latest`), the autosave, taking a text merged
 * elsewhere onto the screen (`show` is the page's way to put it in its form), conflicts and their
 * resolution, restoring unsent text, and leaving for the next page only once the server has the text.
 * The three-way merge is loaded only when one of these needs it: most page views never do.
 */
export function useReportEditor(id: string, version: number, initial: TReport, show: (report: TReport, previous: TReport) => void) {
  const router = useRouter();
  const latest = useRef(initial);
  const showRef = useRef(show);
  useEffect(() => {
    showRef.current = show;
  });
  const adopt = useCallback((report: TReport) => {
    const previous = latest.current;
    latest.current = report;
    showRef.current(report, previous);
  }, []);
  const autosave = useAutosave(id, version, initial, adopt);
  const { schedule, flush, resolve, clash } = autosave;
  // Once a clash from restoring is settled, the entry it came from goes.
  const restored = useRef<(() => void) | null>(null);
  // The text the page came with is the newest the browser knows the server holds: kept for reading offline.
  useEffect(() => rememberCopy(id, initial, version), [id, initial, version]);

  const update = useCallback(
    (change: (report: TReport) => TReport) => {
      latest.current = change(latest.current);
      schedule(latest.current);
    },
    [schedule],
  );

  /** A text put on screen as if typed: saved like any edit. */
  const edit = useCallback(
    (report: TReport) => {
      adopt(report);
      schedule(report);
    },
    [adopt, schedule],
  );

  const conflict = autosave.state.kind === 'conflict' ? autosave.state.conflict : null;
  // The conflict panel lists the places (it loads with the merge); the save status names the first.
  const [listed, setListed] = useState<TListedConflict | null>(null);

  /** Applies the clerk's choices to the merge as it stands now, with what was typed since the conflict
   * showed (a choice of the clerk's side takes the newest), puts it on screen and saves it; the server
   * keeps the text it replaces. */
  const resolveOpen = useCallback(
    async (choices: Record<string, TMergeChoice>): Promise<boolean> => {
      if (!conflict) return true;
      const { mergeReports, resolveConflicts } = await import('@/lib/report/merge-reports');
      const merged =
        conflict.source === 'journal' ? mergeReports(conflict.base, conflict.mine, latest.current) : mergeReports(conflict.base, latest.current, conflict.theirs);
      const valid = Object.fromEntries(merged.conflicts.flatMap((c) => (choices[c.key] && c.choices.includes(choices[c.key]!) ? [[c.key, choices[c.key]!]] : [])));
      const resolved = resolveConflicts(merged.report, merged.conflicts, valid);
      adopt(resolved);
      const saved = await resolve(resolved, conflict);
      restored.current?.();
      restored.current = null;
      return saved;
    },
    [conflict, adopt, resolve],
  );

  /** Unsent text from the journal (a tab that closed or crashed), merged into the text on screen three
   * ways against the text it was edited from; where both changed the same place, the clerk chooses. */
  const restore = useCallback(
    async (entry: TJournalEntry, done: () => void) => {
      const { mergeReports } = await import('@/lib/report/merge-reports');
      const merged = mergeReports(entry.base, entry.report, latest.current);
      if (merged.conflicts.length === 0) {
        edit(merged.report);
        return done();
      }
      restored.current = done;
      clash(entry.base, entry.report, latest.current, 'journal');
    },
    [edit, clash],
  );

  /** Text composed (IME) while a merge waited changed the very place the merge did: the clerk chooses,
   * as in any conflict. */
  const composedClash = useCallback(
    (base: TReport, composed: TReport) => {
      const theirs = latest.current;
      latest.current = composed;
      schedule(composed);
      clash(base, composed, theirs, 'server');
    },
    [schedule, clash],
  );

  const leave = useCallback(
    async (href: string) => {
      if (await flush()) router.push(href);
    },
    [flush, router],
  );

  return {
    state: autosave.state,
    resume: autosave.resume,
    update,
    edit,
    leave,
    latest,
    conflict,
    listed: listed?.conflict === conflict ? listed : null,
    onListed: setListed,
    resolveConflict: resolveOpen,
    restore,
    composedClash,
  };
}
