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
  /** Which editing page of the tab wrote it (one tab opens many in turn), so none overwrites another's. */
  editor: number;
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

export const journalKey = (entry: Pick<TJournalEntry, 'reportId' | 'tabId' | 'editor'>) => `${entry.reportId}|${entry.tabId}|${entry.editor}`;

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
    const entry: TJournalEntry = { reportId, tabId: EARLIER_TAB, editor: 0, report: old.report, baseVersion: old.version, base: null, at: old.at };
    journal.put(entry, journalKey(entry));
    cursor.continue();
  };
}

let opened: Promise<IDBDatabase | null> | undefined;

/** The database, opened once per page and again after the browser closed it; null where IndexedDB is
 * missing or refused (private modes), asked again next time. A page of an older build holding it open
 * delays the upgrade (blocked) until that page lets go; the request is not given up. */
export function openStore(): Promise<IDBDatabase | null> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(null);
  opened ??= new Promise<IDBDatabase | null>((resolve) => {
    const request = indexedDB.open(STORE_DB, DB_VERSION);
    request.onupgradeneeded = (event) => upgrade(request, event.oldVersion);
    request.onsuccess = () => {
      const db = request.result;
      const forget = () => {
        opened = undefined;
      };
      // Another page opening a newer version must not wait for this one; the next request reopens.
      db.onversionchange = () => {
        db.close();
        forget();
      };
      db.onclose = forget;
      resolve(db);
    };
    request.onerror = () => resolve(null);
  }).then((db) => {
    if (!db) opened = undefined;
    return db;
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

export function dropJournalEntry(entry: TJournalEntry): Promise<unknown> {
  return storeRequest(JOURNAL, 'readwrite', (s) => s.delete(journalKey(entry)));
}

export function readCopy(reportId: string): Promise<TCopy | undefined> {
  return storeRequest(COPIES, 'readonly', (s) => s.get(reportId) as IDBRequest<TCopy | undefined>);
}
