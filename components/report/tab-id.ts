'use client';

import { newSaveId } from '@/lib/report/save-id';

/**
 * This page's id in the journal, new at every page load. Other pages must tell a live tab's journal
 * (its own business) from one left behind by a closed or crashed tab (offered back). Where Web Locks
 * exist (secure contexts: https, localhost) the page holds a lock named after its id, which the browser
 * releases when the tab goes; on an intranet served over plain http the tabs answer a roll call instead.
 */
let id: string | undefined;

const LOCK_PREFIX = 'nianbao-tab:';
const ROLL_CALL = 'nianbao-tabs';
/** How long a roll call waits for answers from the other tabs (plain http only). */
const ROLL_CALL_MS = 300;

export function tabId(): string {
  if (id !== undefined) return id;
  const mine = newSaveId();
  id = mine;
  if (navigator.locks) {
    void navigator.locks.request(LOCK_PREFIX + mine, () => new Promise<never>(() => undefined));
  } else if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(ROLL_CALL);
    channel.onmessage = (event: MessageEvent<string>) => {
      if (event.data === 'who') channel.postMessage(mine);
    };
  }
  return mine;
}

/** The tabs of this browser that are open now, this one included. */
export async function liveTabs(): Promise<Set<string>> {
  const live = new Set([tabId()]);
  if (navigator.locks) {
    const { held = [] } = await navigator.locks.query();
    for (const lock of held) if (lock.name?.startsWith(LOCK_PREFIX)) live.add(lock.name.slice(LOCK_PREFIX.length));
    return live;
  }
  if (typeof BroadcastChannel === 'undefined') return live;
  const channel = new BroadcastChannel(ROLL_CALL);
  channel.onmessage = (event: MessageEvent<string>) => {
    if (event.data !== 'who') live.add(event.data);
  };
  channel.postMessage('who');
  await new Promise((resolve) => setTimeout(resolve, ROLL_CALL_MS));
  channel.close();
  return live;
}
