'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { mergeReports, resolveConflicts, type TMergeChoice, type TMergeConflict } from '@/lib/report/merge-reports';
import type { TReport } from '@/lib/report/schema';
import type { TJournalEntry } from './browser-store';
import { rememberCopy } from './tab-journal';
import { useAutosave } from './use-autosave';

/** Places where two texts differ on both sides, for the clerk to choose: against the server's newer text
 * after a save, or against the text on screen when restoring unsent text from the journal. */
export type TOpenConflict = { source: 'server' | 'journal'; conflicts: TMergeConflict[] };

/**
 * The state every editing page shares: the text on screen (`latest`), the autosave, taking a text merged
 * elsewhere onto the screen (`show` is the page's way to put it in its form), conflicts and their
 * resolution, restoring unsent text, and leaving for the next page only once the server has the text.
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
  const { schedule, flush, resolve } = autosave;
  // Restoring a journal entry that conflicts with the text on screen: the entry, that text when the
  // restore was asked for, and what to do once the clerk has chosen.
  const [restoring, setRestoring] = useState<{ entry: TJournalEntry; onScreen: TReport; done: () => void } | null>(null);
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

  const serverConflict = autosave.state.kind === 'conflict' ? autosave.state.conflict : null;
  const open = useMemo((): TOpenConflict | null => {
    if (serverConflict) return { source: 'server', conflicts: mergeReports(serverConflict.base, serverConflict.mine, serverConflict.theirs).conflicts };
    if (restoring) return { source: 'journal', conflicts: mergeReports(restoring.entry.base, restoring.entry.report, restoring.onScreen).conflicts };
    return null;
  }, [serverConflict, restoring]);

  /** Applies the clerk's choices to the merge as it stands now (text typed since the conflict showed is
   * in it: a choice of 'mine' takes the newest), then saves: over the server's text, keeping the text it
   * replaces, or as an edit when the conflict came from restoring. */
  const resolveOpen = useCallback(
    async (choices: Record<string, TMergeChoice>): Promise<boolean> => {
      const sides: [TReport | null, TReport, TReport] | null = serverConflict
        ? [serverConflict.base, latest.current, serverConflict.theirs]
        : restoring
          ? [restoring.entry.base, restoring.entry.report, latest.current]
          : null;
      if (!sides) return true;
      const merged = mergeReports(...sides);
      const valid = Object.fromEntries(merged.conflicts.flatMap((c) => (choices[c.key] && c.choices.includes(choices[c.key]!) ? [[c.key, choices[c.key]!]] : [])));
      const resolved = resolveConflicts(merged.report, merged.conflicts, valid);
      if (serverConflict) {
        adopt(resolved);
        return resolve(resolved, serverConflict.version, serverConflict.theirs);
      }
      edit(resolved);
      restoring?.done();
      setRestoring(null);
      return true;
    },
    [serverConflict, restoring, adopt, resolve, edit],
  );

  /** Unsent text from the journal (a tab that closed or crashed), merged into the text on screen three
   * ways against the text it was edited from; where both changed the same place, the clerk chooses. */
  const restore = useCallback(
    (entry: TJournalEntry, done: () => void) => {
      const merged = mergeReports(entry.base, entry.report, latest.current);
      if (merged.conflicts.length > 0) return setRestoring({ entry, onScreen: latest.current, done });
      edit(merged.report);
      done();
    },
    [edit],
  );

  const leave = useCallback(
    async (href: string) => {
      if (await flush()) router.push(href);
    },
    [flush, router],
  );

  return { state: autosave.state, update, edit, leave, latest, conflict: open, resolveConflict: resolveOpen, restore };
}
