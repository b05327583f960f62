'use client';

import type { TReport } from '@/lib/report/schema';
import type { TJournal } from './autosave-queue';
import { COPIES, JOURNAL, journalKey, storeRequest, type TCopy, type TJournalEntry } from './browser-store';
import { tabId } from './tab-id';

/**
 * Writes only the newest of the values given to it, one write at a time, starting at once: every
 * keystroke's text is on disk a write's time (milliseconds) after it, with no pause waited for, and a
 * burst of keystrokes during a write costs one more write, not one each.
 */
function newestWriter<T>(write: (value: T) => Promise<unknown>): (value: T) => void {
  let next: { value: T } | null = null;
  let writing = false;
  const pump = async () => {
    writing = true;
    while (next) {
      const { value } = next;
      next = null;
      await write(value);
    }
    writing = false;
  };
  return (value) => {
    next = { value };
    if (!writing) void pump();
  };
}

// Editing pages opened in this tab so far: each writes its own entry.
let editors = 0;

/** The journal of one report in this tab, and the report's offline copy: every text on screen is recorded
 * with the version and text it was edited from; an entry goes only when the server has acknowledged
 * exactly that text (unless a newer one has been recorded since). */
export function tabJournal(reportId: string): TJournal {
  const writer = { reportId, tabId: tabId(), editor: ++editors };
  const key = journalKey(writer);
  let newest: TReport | null = null;
  const writeEntry = newestWriter((entry: TJournalEntry | null) =>
    entry ? storeRequest(JOURNAL, 'readwrite', (s) => s.put(entry, key)) : storeRequest(JOURNAL, 'readwrite', (s) => s.delete(key)),
  );
  const writeCopy = newestWriter((copy: TCopy) => storeRequest(COPIES, 'readwrite', (s) => s.put(copy, reportId)));
  return {
    record(report, baseVersion, base) {
      newest = report;
      writeEntry({ ...writer, report, baseVersion, base, at: new Date().toISOString() });
    },
    acknowledged(sent, held, version) {
      if (newest === sent) {
        newest = null;
        writeEntry(null);
      }
      writeCopy({ reportId, report: held, version, at: new Date().toISOString() });
    },
  };
}

/** Keeps the text the server sent with the page as the report's offline copy. */
export function rememberCopy(reportId: string, report: TReport, version: number): void {
  void storeRequest(COPIES, 'readwrite', (s) => s.put({ reportId, report, version, at: new Date().toISOString() } satisfies TCopy, reportId));
}
