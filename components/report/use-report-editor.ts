'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef } from 'react';
import type { TReport } from '@/lib/report/schema';
import { rememberCopy } from './tab-journal';
import { useAutosave } from './use-autosave';

/**
 * The state every editing page shares: the stored report it started from, the autosave, and leaving
 * for the next page only once the server has the text.
 */
export function useReportEditor(id: string, version: number, initial: TReport) {
  const router = useRouter();
  const autosave = useAutosave(id, version);
  const latest = useRef(initial);
  const { schedule, flush } = autosave;
  // The text the page came with is the newest the browser knows the server holds: kept for reading offline.
  useEffect(() => rememberCopy(id, initial, version), [id, initial, version]);

  const update = useCallback(
    (change: (report: TReport) => TReport) => {
      latest.current = change(latest.current);
      schedule(latest.current);
    },
    [schedule],
  );

  const leave = useCallback(
    async (href: string) => {
      if (await flush()) router.push(href);
    },
    [flush, router],
  );

  return { state: autosave.state, update, leave, latest, resolve: autosave.resolve };
}
