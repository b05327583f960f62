'use client';

/** What a tab tells the others of this browser after each acknowledged save of a report. */
type TSaved<T> = { version: number; report: T };

/**
 * The tabs of this browser editing one report hear each other's saves at once (BroadcastChannel), so an
 * idle tab shows the newest text and a tab with unsent text merges it at its next save. Tabs in other
 * browsers, or on other computers, learn of a save at their own next save, which the server merges.
 */
export function reportChannel<T>(id: string, heard: (report: T, version: number) => void): { announce: (report: T, version: number) => void; close: () => void } {
  if (typeof BroadcastChannel === 'undefined') return { announce: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(`nianbao-report:${id}`);
  let open = true;
  channel.onmessage = (event: MessageEvent<TSaved<T>>) => heard(event.data.report, event.data.version);
  return {
    // Posting on a closed channel throws, and the save it follows must still finish its work.
    announce: (report, version) => {
      if (open) channel.postMessage({ version, report } satisfies TSaved<T>);
    },
    close: () => {
      open = false;
      channel.close();
    },
  };
}
