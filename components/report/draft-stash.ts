'use client';

import type { TReport } from '@/lib/report/schema';
import type { TStash } from './autosave-queue';

/** Text typed but not yet acknowledged by the server, kept in IndexedDB under the report's id. */
export type TStashed = { report: TReport; version: number; at: string };

const DB = 'nianbao';
const STORE = 'unsent';
const WRITE_DELAY_MS = 300;

function openDb(): Promise<IDBDatabase | null> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(null);
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  const db = await openDb();
  if (!db) return undefined;
  return new Promise((resolve) => {
    const request = act(db.transaction(STORE, mode).objectStore(STORE));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(undefined);
  });
}

export function readStash(id: string): Promise<TStashed | undefined> {
  return run('readonly', (s) => s.get(id) as IDBRequest<TStashed>);
}

export function clearStash(id: string): Promise<unknown> {
  return run('readwrite', (s) => s.delete(id));
}

/** The autosave's stash for one report: writes coalesced a moment after typing, cleared on acknowledgement. */
export function indexedDbStash(id: string): TStash {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    put: (report, version) => {
      clearTimeout(timer);
      timer = setTimeout(() => void run('readwrite', (s) => s.put({ report, version, at: new Date().toISOString() } satisfies TStashed, id)), WRITE_DELAY_MS);
    },
    clear: () => {
      clearTimeout(timer);
      void clearStash(id);
    },
  };
}
