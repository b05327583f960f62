'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { callApi } from '@/lib/http/api-client';
import type { TReport } from '@/lib/report/schema';

export type TSaveState =
  | { kind: 'saved'; at?: string }
  | { kind: 'saving' }
  | { kind: 'retrying'; message: string }
  | { kind: 'failed'; message: string };

const DEBOUNCE_MS = 800;

// Every mounted autosave's flush, so a link out of an editing page can wait for the text to reach the server.
const flushers = new Set<() => Promise<boolean>>();

/** Sends every pending save now; true once the server has all of them. */
export async function flushAllSaves(): Promise<boolean> {
  const results = await Promise.all([...flushers].map((flush) => flush()));
  return results.every(Boolean);
}
const RETRY_MS = 3000;

/**
 * Debounced, serialised autosave of the whole report: one request in flight at a time, the newest text
 * sent next, and a failed save kept and retried (network, server error) or held with its reason (a
 * conflict, invalid text) so nothing typed is dropped. The version the server acknowledged travels with
 * every save, so a stale tab cannot overwrite a newer text.
 */
export function useAutosave(id: string, initialVersion: number) {
  const [state, setState] = useState<TSaveState>({ kind: 'saved' });
  const version = useRef(initialVersion);
  const pending = useRef<TReport | null>(null);
  const inFlight = useRef(false);
  const blocked = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const idleWaiters = useRef<Array<(saved: boolean) => void>>([]);

  const settle = useCallback((saved: boolean) => {
    const waiters = idleWaiters.current;
    idleWaiters.current = [];
    waiters.forEach((resolve) => resolve(saved));
  }, []);

  const run = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (inFlight.current || blocked.current) return;
    const report = pending.current;
    if (!report) return settle(true);
    pending.current = null;
    inFlight.current = true;
    setState({ kind: 'saving' });
    const result = await callApi<{ version: number; updatedAt: string }>(`/api/reports/${id}`, {
      method: 'PUT',
      body: JSON.stringify({ version: version.current, report }),
    });
    inFlight.current = false;
    if (result.ok) {
      version.current = result.data.version;
      if (pending.current) return run();
      setState({ kind: 'saved', at: result.data.updatedAt });
      return settle(true);
    }
    pending.current ??= report;
    if (result.status === 0 || result.status >= 500) {
      setState({ kind: 'retrying', message: result.message });
      timer.current = setTimeout(() => void run(), RETRY_MS);
    } else {
      // A conflict or refused text will not go through by retrying: hold it and say why.
      blocked.current = result.status === 409 || result.status === 404;
      setState({ kind: 'failed', message: result.message });
    }
    settle(false);
  }, [id, settle]);

  const schedule = useCallback(
    (report: TReport) => {
      pending.current = report;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void run(), DEBOUNCE_MS);
    },
    [run],
  );

  /** Sends what is pending now and resolves once the server has it (true) or refused it (false). */
  const flush = useCallback((): Promise<boolean> => {
    if (!pending.current && !inFlight.current) return Promise.resolve(state.kind !== 'failed');
    const done = new Promise<boolean>((resolve) => idleWaiters.current.push(resolve));
    void run();
    return done;
  }, [run, state.kind]);

  useEffect(() => {
    flushers.add(flush);
    return () => {
      flushers.delete(flush);
    };
  }, [flush]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (pending.current || inFlight.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      // Leaving the page inside the app: what is still waiting for its debounce is sent, not dropped.
      if (pending.current) void run();
    };
  }, [run]);

  return { state, schedule, flush };
}
