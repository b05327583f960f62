import 'server-only';
import type { TStoredReport } from '../db/report-repository';
import { renderBounded } from '../workers/bounded';

const MAX_ENTRIES = 32;
// Rendered files by report, version and kind. A stored version never changes, so an entry never goes
// stale; simultaneous downloads of one version share a single render.
const cache = new Map<string, Promise<Uint8Array>>();

export function renderStored(stored: TStoredReport, draft: boolean): Promise<Uint8Array> {
  const key = `${stored.id}@${stored.version}:${draft ? 'draft' : 'final'}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const rendering = renderBounded(stored.report, draft);
  cache.set(key, rendering);
  rendering.catch(() => cache.delete(key));
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return rendering;
}
