'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { callApi } from '@/lib/http/api-client';
import type { TSavedReply } from '@/lib/http/save-replies';
import type { TReport } from '@/lib/report/schema';
import { AutosaveQueue, type TConflict, type TSaveState } from './autosave-queue';
import { reportChannel } from './report-channel';
import { tabJournal } from './tab-journal';

export type { TConflict, TSaveState } from './autosave-queue';

// Every mounted autosave, so a link out of an editing page can wait for the text to reach the server.
const queues = new Set<AutosaveQueue>();

/** Whether some editor is waiting for the connection (its text is kept in this browser meanwhile). */
export function anyOffline(): boolean {
  return [...queues].some((q) => q.isOffline());
}

/** Sends every pending save now; true once the server has all of them. */
export async function flushAllSaves(): Promise<boolean> {
  const results = await Promise.all([...queues].map((q) => q.flush()));
  return results.every(Boolean);
}

/** How often a visible page asks whether someone elsewhere (another browser, another computer) saved. */
const WATCH_MS = 20_000;

/**
 * Another browser's saves reach this page when it asks: on coming back to the tab or window, and every
 * WATCH_MS while it is in view. The question costs a 304 when nothing changed.
 */
function watchServer(id: string, queue: AutosaveQueue): () => void {
  const ask = async () => {
    if (document.visibilityState !== 'visible') return;
    // Back from signing in again in another tab: the held save goes now.
    queue.resume();
    const response = await fetch(`/api/reports/${id}`, { headers: { 'If-None-Match': `"v${queue.baseVersion()}"` }, cache: 'no-store' }).catch(() => null);
    if (response?.status !== 200) return;
    const version = Number(/^"v(\d+)"$/.exec(response.headers.get('etag') ?? '')?.[1]);
    if (Number.isInteger(version)) queue.heard((await response.json()) as TReport, version);
  };
  const onFocus = () => void ask();
  const timer = setInterval(onFocus, WATCH_MS);
  document.addEventListener('visibilitychange', onFocus);
  window.addEventListener('focus', onFocus);
  return () => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onFocus);
    window.removeEventListener('focus', onFocus);
  };
}

/**
 * The autosave of one report's editing page: saves go to the server, every text on screen to this tab's
 * journal, every acknowledged save to the other tabs, and saves made elsewhere come in. `adopt` takes a text the server merged, or
 * another tab saved, onto the screen.
 */
export function useAutosave(id: string, initialVersion: number, initial: TReport, adopt: (report: TReport) => void) {
  const [state, setState] = useState<TSaveState>({ kind: 'saved' });
  const adoptRef = useRef(adopt);
  useEffect(() => {
    adoptRef.current = adopt;
  });
  const queueRef = useRef<AutosaveQueue | null>(null);

  // One queue for the page's life: the version and text the page came with only seed it, and a new
  // queue on a re-render would drop what the old one holds.
  useEffect(() => {
    const journal = tabJournal(id);
    const channel = reportChannel<TReport>(id, (report, version) => queue.heard(report, version));
    const queue = new AutosaveQueue(
      (report, version, saveId, resolved) =>
        callApi<TSavedReply>(`/api/reports/${id}`, { method: 'PUT', body: JSON.stringify({ version, saveId, report, ...(resolved ? { resolved } : {}) }) }),
      initialVersion,
      initial,
      (report) => adoptRef.current(report),
      setState,
      {
        record: journal.record,
        acknowledged: (sent, held, version) => {
          journal.acknowledged(sent, held, version);
          channel.announce(held, version);
        },
      },
    );
    queueRef.current = queue;
    queues.add(queue);
    const warn = (event: BeforeUnloadEvent) => {
      if (queue.hasUnsaved()) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    const stopWatching = watchServer(id, queue);
    return () => {
      stopWatching();
      queues.delete(queue);
      window.removeEventListener('beforeunload', warn);
      // Leaving the page inside the app: what still waits for its debounce is sent, not dropped, and the
      // other tabs hear of it before the channel closes.
      void queue.flush().finally(() => channel.close());
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  const schedule = useCallback((report: TReport) => queueRef.current?.schedule(report), []);
  const flush = useCallback(() => queueRef.current?.flush() ?? Promise.resolve(true), []);
  const resolve = useCallback((report: TReport, conflict: TConflict) => queueRef.current?.resolve(report, conflict) ?? Promise.resolve(false), []);
  const resume = useCallback(() => queueRef.current?.resume(), []);
  const clash = useCallback(
    (base: TReport | null, mine: TReport, theirs: TReport, source: TConflict['source']) => queueRef.current?.clash(base, mine, theirs, source),
    [],
  );
  return { state, schedule, flush, resolve, clash, resume };
}
