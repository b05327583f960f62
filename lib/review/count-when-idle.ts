import 'server-only';
import type { TActor } from '../auth/actor';
import { getRepository } from '../db/get-repository';
import { countFindings } from './count-findings';
import { getReview } from './get-review';

/** How long a report rests after a save before its checks are counted for the dashboard. */
export const COUNT_AFTER_MS = 3_000;

const store = globalThis as typeof globalThis & { nianbaoCounting?: Map<string, ReturnType<typeof setTimeout>> };
const waiting = (store.nianbaoCounting ??= new Map<string, ReturnType<typeof setTimeout>>());

/** Counts `id`'s 错误 and 提示 for the dashboard once its saving pauses: a clerk typing saves every second
 * or so, and counting every version would check texts nobody looks at, on the saves' time. Whatever is
 * left uncounted (a server that stopped meanwhile) the dashboard counts when it is opened. */
export function countWhenIdle(id: string, actor: TActor): void {
  clearTimeout(waiting.get(id));
  const timer = setTimeout(() => {
    waiting.delete(id);
    void (async () => {
      const stored = await (await getRepository(actor)).get(id);
      if (stored) await countFindings(stored, await getReview(actor));
    })().catch(() => undefined);
  }, COUNT_AFTER_MS);
  timer.unref();
  waiting.set(id, timer);
}

/** Counts `ids` now (the dashboard's few uncounted reports, before it answers). */
export async function countNow(ids: string[], actor: TActor): Promise<void> {
  const [reports, review] = [await getRepository(actor), await getReview(actor)];
  for (const id of ids) {
    const stored = await reports.get(id).catch(() => null);
    if (stored) await countFindings(stored, review);
  }
}
