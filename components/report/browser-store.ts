'use client';

import type { TReport } from '@/lib/report/schema';

/**
 * This browser's own copies of reports, in IndexedDB (database `nianbao`):
 * - `journal`: per report and tab, the newest text typed there that the server has not acknowledged,
 *   with the version and text it was edited from;
 * - `copies`: per report, the newest text the server is known to hold, for reading while offline.
 * Version 1 kept one unsent text per report in `unsent`; opening at version 2 moves it into the journal.
 */
export type TJournalEntry = {
  reportId: string;
  tabId: string;
  report: TReport;
  /** The version the text was edited from, and that version's text: restoring merges the entry three
   * ways against it (null for text kept by version 1, which did not keep it). */
  baseVersion: number;
  base: TReport | null;
  at: string;
};
export type TCopy = { reportId: string; report: TReport; version: number; at: string };

export const STORE_DB = 'nianbao';
const DB_VERSION = 2;
export const JOURNAL = 'journal';
export const COPIES = 'copies';
const BY_REPORT = 'byReport';
/** The tab id given to text kept by the one-copy-per-report store of version 1. */
const EARLIER_TAB = 'earlier';

export const journalKey = (reportId: string, tabId: string) => `${reportId}|${tabId}`;

function upgrade(request: IDBOpenDBRequest, oldVersion: number): void {
  const db = request.result;
  const journal = db.createObjectStore(JOURNAL);
  journal.createIndex(BY_REPORT, 'reportId');
  db.createObjectStore(COPIES);
  if (oldVersion < 1 || !db.objectStoreNames.contains('unsent')) return;
  const unsent = request.transaction!.objectStore('unsent');
  unsent.openCursor().onsuccess = (event) => {
    const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
    if (!cursor) return db.deleteObjectStore('unsent');
    const old = cursor.value as { report: TReport; version: number; at: string };
    const reportId = cursor.key as string;
    journal.put({ reportId, tabId: EARLIER_TAB, report: old.report, baseVersion: old.version, base: null, at: old.at } satisfies TJournalEntry, journalKey(reportId, EARLIER_TAB));
    cursor.continue();
  };
}

let opened: Promise<IDBDatabase | null> | undefined;

/** The database, opened once per page; null where IndexedDB is missing or refused (private modes). */
export function openStore(): Promise<IDBDatabase | null> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(null);
  opened ??= new Promise((resolve) => {
    const request = indexedDB.open(STORE_DB, DB_VERSION);
    request.onupgradeneeded = (event) => upgrade(request, event.oldVersion);
    request.onsuccess = () => {
      // Another page opening a newer version must not wait for this one.
      request.result.onversionchange = () => request.result.close();
      resolve(request.result);
    };
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
  });
  return opened;
}

/** One request in its own transaction; undefined when the store is unavailable or the request fails. */
export async function storeRequest<T>(store: string, mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  const db = await openStore();
  if (!db) return undefined;
  return new Promise((resolve) => {
    let request: IDBRequest<T>;
    try {
      request = act(db.transaction(store, mode).objectStore(store));
    } catch {
      return resolve(undefined);
    }
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(undefined);
  });
}

export function journalEntries(reportId: string): Promise<TJournalEntry[]> {
  return storeRequest(JOURNAL, 'readonly', (s) => s.index(BY_REPORT).getAll(reportId) as IDBRequest<TJournalEntry[]>).then((e) => e ?? []);
}

export function dropJournalEntry(reportId: string, tabId: string): Promise<unknown> {
  return storeRequest(JOURNAL, 'readwrite', (s) => s.delete(journalKey(reportId, tabId)));
}

export function readCopy(reportId: string): Promise<TCopy | undefined> {
  return storeRequest(COPIES, 'readonly', (s) => s.get(reportId) as IDBRequest<TCopy | undefined>);
}
