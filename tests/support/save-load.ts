import type { TAppServer } from './app-server';
import { loadSample } from './sample';

export type TLoadResult = {
  /** Per draft: the last counter and version the server acknowledged. */
  acked: Map<string, { counter: number; version: number }>;
  latencies: number[];
  retries: number;
};

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * `clients` clients on loopback (each may be its own person: `api(n)`), each editing its own draft for `durationMs` (or until `durationMs()`
 * says to stop): every save carries a counter in the opening and the version it is based on, and is
 * followed by `thinkMs` of pause. A save that gets no answer is retried; a 409 after a retry (the lost
 * answer's save did land) re-reads the version and goes on. `onSave` hears of each acknowledged save, with its draft.
 */
export async function saveLoad(
  /** Client `n`'s signed-in fetch (asked afresh at each request: a restarted server is a new one). */
  api: (client: number) => TAppServer['fetch'],
  clients: number,
  durationMs: number | (() => boolean),
  thinkMs = 0,
  onSave: (id: string) => void = () => undefined,
): Promise<TLoadResult> {
  const acked = new Map<string, { counter: number; version: number }>();
  const latencies: number[] = [];
  let retries = 0;
  const end = typeof durationMs === 'number' ? Date.now() + durationMs : 0;
  const over = typeof durationMs === 'number' ? () => Date.now() >= end : durationMs;

  const client = async (n: number) => {
    let id = '';
    while (!id && !over()) {
      try {
        const created = await api(n)(`/api/reports`, { method: 'POST', body: JSON.stringify({ from: 'report', report: loadSample() }) });
        id = ((await created.json()) as { id: string }).id;
      } catch {
        await pause(100);
      }
    }
    let version = 1;
    let counter = 0;
    const report = loadSample();
    while (!over()) {
      counter += 1;
      report.opening = `计数${counter}`;
      for (;;) {
        if (over()) return;
        const start = performance.now();
        try {
          const response = await api(n)(`/api/reports/${id}`, { method: 'PUT', body: JSON.stringify({ version, report }) });
          if (response.ok) {
            version = ((await response.json()) as { version: number }).version;
            latencies.push(performance.now() - start);
            acked.set(id, { counter, version });
            onSave(id);
            if (thinkMs > 0) await pause(thinkMs);
            break;
          }
          if (response.status === 409) {
            const current = await api(n)(`/api/reports/${id}`);
            version = Number(/"v(\d+)"/.exec(current.headers.get('etag') ?? '')?.[1] ?? version);
            continue;
          }
          throw new Error(`save answered ${response.status}`);
        } catch (error) {
          if (error instanceof Error && error.message.startsWith('save answered')) throw error;
          retries += 1;
          await pause(100);
        }
      }
    }
  };

  await Promise.all(Array.from({ length: clients }, (_, n) => client(n)));
  return { acked, latencies, retries };
}
