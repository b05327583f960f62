'use client';

import { useEffect, useState } from 'react';
import { callApi } from '@/lib/http/api-client';
import { AutosaveQueue, type TSaveState } from './autosave-queue';
import { indexedDbStash } from './draft-stash';

export type { TSaveState } from './autosave-queue';

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

export function useAutosave(id: string, initialVersion: number) {
  const [state, setState] = useState<TSaveState>({ kind: 'saved' });
  const [queue] = useState(
    () =>
      new AutosaveQueue(
        (report, version, saveId) => callApi(`/api/reports/${id}`, { method: 'PUT', body: JSON.stringify({ version, saveId, report }) }),
        initialVersion,
        setState,
        undefined,
        indexedDbStash(id),
      ),
  );

  useEffect(() => {
    queues.add(queue);
    const warn = (event: BeforeUnloadEvent) => {
      if (queue.hasUnsaved()) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      queues.delete(queue);
      window.removeEventListener('beforeunload', warn);
      // Leaving the page inside the app: what still waits for its debounce is sent, not dropped.
      void queue.flush();
    };
  }, [queue]);

  return {
    state,
    schedule: (report: Parameters<AutosaveQueue['schedule']>[0]) => queue.schedule(report),
    flush: () => queue.flush(),
    resolve: (report: Parameters<AutosaveQueue['resolve']>[0], serverVersion: number) => queue.resolve(report, serverVersion),
  };
}
