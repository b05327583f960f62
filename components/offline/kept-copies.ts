'use client';

import { COPIES, journalEntries, readCopy, storeRequest, type TCopy, type TJournalEntry } from '@/components/report/browser-store';
import type { TReport } from '@/lib/report/schema';
import { ZStoredReport } from '@/lib/report/upgrade';

/** The text the offline page shows for a report, when it was kept, and whether the server lacks it. */
export type TKeptText = { report: TReport; at: string; unsent: boolean };

/** Kept text goes through the one door for reports from outside: a journal entry from an earlier build
 * is upgraded, and one that would not read is passed over rather than shown broken. */
function readable(report: unknown): TReport | null {
  const parsed = ZStoredReport.safeParse(report);
  return parsed.success ? parsed.data : null;
}

const newestFirst = (a: { at: string }, b: { at: string }) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0);

/** The newest text this browser has: what a tab typed after the server's copy was kept (the newest such
 * entry, from whichever tab), else that copy. */
export function newestKeptText(copy: TCopy | undefined, entries: TJournalEntry[]): TKeptText | null {
  const candidates = [
    ...entries.filter((e) => !copy || e.at > copy.at).map((e) => ({ raw: e.report, at: e.at, unsent: true })),
    ...(copy ? [{ raw: copy.report, at: copy.at, unsent: false }] : []),
  ].sort(newestFirst);
  for (const { raw, at, unsent } of candidates) {
    const report = readable(raw);
    if (report) return { report, at, unsent };
  }
  return null;
}

export async function keptText(reportId: string): Promise<TKeptText | null> {
  const [copy, entries] = await Promise.all([readCopy(reportId), journalEntries(reportId)]);
  return newestKeptText(copy, entries);
}

/** Every report this browser keeps a copy of, newest first. */
export async function keptCopies(): Promise<TCopy[]> {
  const copies = (await storeRequest(COPIES, 'readonly', (s) => s.getAll() as IDBRequest<TCopy[]>)) ?? [];
  return copies.sort(newestFirst);
}
