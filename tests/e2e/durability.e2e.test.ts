import { describe, expect, it } from 'vitest';
import { openSqlite } from '@/lib/db/open-sqlite';
import { createReportRepository } from '@/lib/db/report-repository';
import { startAppServer, type TAppServer } from '../support/app-server';
import { saveLoad } from '../support/save-load';
import { tempDbPath } from '../support/temp-db';
import { e2ePort } from '../support/ports';

const PORT = e2ePort(3125);

describe('durability under a killed server', () => {
  it('keeps every acknowledged save of 50 clients through two SIGKILLs, with no draft corrupted', async () => {
    const file = tempDbPath();
    let server: TAppServer = await startAppServer(PORT, file);
    const url = server.url;
    const kills = (async () => {
      for (const at of [8_000, 18_000]) {
        await new Promise((r) => setTimeout(r, at - (at === 8_000 ? 0 : 8_000)));
        await server.kill();
        server = await startAppServer(PORT, file);
      }
    })();
    const result = await saveLoad(() => url, 50, 30_000);
    await kills;
    await server.stop();

    expect(result.acked.size).toBe(50);
    expect(result.retries).toBeGreaterThan(0);
    const repo = createReportRepository(await openSqlite(file));
    for (const [id, ack] of result.acked) {
      const stored = await repo.get(id);
      expect(stored).not.toBeNull();
      expect(stored!.version).toBeGreaterThanOrEqual(ack.version);
      expect(Number(stored!.report.opening.replace('计数', ''))).toBeGreaterThanOrEqual(ack.counter);
    }
    await repo.close();
  }, 120_000);
});
