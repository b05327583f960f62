import { describe, expect, it } from 'vitest';
import { openSqlite } from '@/lib/db/open-sqlite';
import { SYSTEM } from '@/lib/auth/actor';
import { createReportRepository } from '@/lib/db/report-repository';
import { startAppServer, type TAppServer } from '../support/app-server';
import { saveLoad } from '../support/save-load';
import { tempDbPath } from '../support/temp-db';
import { e2ePort } from '../support/ports';

const PORT = e2ePort(3125);
const SAVES_PER_PHASE = 300;
const CLIENTS = 50;
/** A bound for a broken run only: a passing one stops once the last restarted server has saved. */
const LOAD_LIMIT_MS = 240_000;

describe('durability under a killed server', () => {
  it('keeps every acknowledged save of 50 clients through two SIGKILLs, with no draft corrupted', async () => {
    const file = tempDbPath();
    let server: TAppServer = await startAppServer(PORT, file);
    // Each kill comes once the server has acknowledged SAVES_PER_PHASE more saves, and the load goes on
    // until the last restarted server has too: on a slow machine a kill at a fixed second could come
    // before any save, and a slow restart could eat the load's time.
    let saves = 0;
    let loadOver = false;
    const acked = new Set<string>();
    const waiting: Array<{ done: () => boolean; resolve: () => void }> = [];
    const onSave = (id: string) => {
      saves += 1;
      acked.add(id);
      for (const w of waiting.filter((w) => w.done())) w.resolve();
    };
    const until = (done: () => boolean) => new Promise<void>((resolve) => (done() ? resolve() : waiting.push({ done, resolve })));
    const savesReach = (at: number) => until(() => saves >= at);
    const kills = (async () => {
      for (let kill = 0; kill < 2; kill += 1) {
        await savesReach(saves + SAVES_PER_PHASE);
        await server.kill();
        server = await startAppServer(PORT, file);
      }
      await savesReach(saves + SAVES_PER_PHASE);
      // On a busy machine some clients may still be retrying what the kills cut off: the load goes on
      // until every one of them has had a save acknowledged, so each has something to check.
      await until(() => acked.size >= CLIENTS);
    })().finally(() => (loadOver = true));
    // Its failure (a server that did not come back) is reported below, once the load has stopped.
    kills.catch(() => undefined);
    const giveUp = Date.now() + LOAD_LIMIT_MS;
    const result = await saveLoad(() => server.fetch, CLIENTS, () => loadOver || Date.now() >= giveUp, 0, onSave);
    if (!loadOver) throw new Error(`the load had not finished within ${LOAD_LIMIT_MS / 1000} s (${saves} saves acknowledged, of ${acked.size} of the ${CLIENTS} clients)`);
    await kills;
    await server.stop();

    expect(result.acked.size).toBe(CLIENTS);
    expect(result.retries).toBeGreaterThan(0);
    const repo = createReportRepository(await openSqlite(file), SYSTEM);
    for (const [id, ack] of result.acked) {
      const stored = await repo.get(id);
      expect(stored).not.toBeNull();
      expect(stored!.version).toBeGreaterThanOrEqual(ack.version);
      expect(Number(stored!.report.opening.replace('计数', ''))).toBeGreaterThanOrEqual(ack.counter);
    }
    await repo.close();
  }, 600_000);
});
