import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrationProvider } from '@/lib/db/migrations';
import { openSqlite } from '@/lib/db/open-sqlite';
import { SYSTEM } from '@/lib/auth/actor';
import { createReportRepository, type ReportRepository } from '@/lib/db/report-repository';
import { sqliteDialect } from '@/lib/db/sqlite-dialect';
import type { Database } from '@/lib/db/tables';
import { tempDbPath } from '../../support/temp-db';
import type { TReport } from '@/lib/report/schema';
import { BACKENDS } from '../../support/backends';
import { loadSample } from '../../support/sample';

const open: ReportRepository[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
});

/** The sample with the body of one top-level section of 主要举措和成效 replaced. */
function withBody(report: TReport, index: number, body: string): TReport {
  const copy = structuredClone(report);
  copy.parts.measures.sections[index]!.body = body;
  return copy;
}

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`saves from an older version on ${backend.name}`, () => {
    async function repository(database = backend.fresh()) {
      const repo = createReportRepository(await database.open(), SYSTEM);
      open.push(repo);
      return repo;
    }

    it('merges changes to different sections and fields, keeping both sides, and says it merged', async () => {
      const repo = await repository();
      const { id } = await repo.create(loadSample());
      expect(await repo.save(id, withBody(loadSample(), 0, '甲窗口写的第一节。'), 1)).toMatchObject({ ok: true, merged: false });
      const stale = { ...withBody(loadSample(), 1, '乙窗口写的第二节。'), recipient: '区委、区人民政府' };
      const result = await repo.save(id, stale, 1);
      expect(result).toMatchObject({ ok: true, merged: true, stored: { version: 3 } });
      const stored = (await repo.get(id))!.report;
      expect(stored.parts.measures.sections.map((s) => s.body).slice(0, 2)).toEqual(['甲窗口写的第一节。', '乙窗口写的第二节。']);
      expect(stored.recipient).toBe('区委、区人民政府');
      expect(result.ok && result.stored.report).toEqual(stored);
    });

    it('refuses a save that changed the section the other side changed, writing nothing, and returns the base', async () => {
      const repo = await repository();
      const { id } = await repo.create(loadSample());
      await repo.save(id, withBody(loadSample(), 0, '甲的文字。'), 1);
      const result = await repo.save(id, withBody(loadSample(), 0, '乙的文字。'), 1);
      expect(result).toMatchObject({ ok: false, reason: 'conflict', current: { version: 2 }, base: loadSample() });
      expect((await repo.get(id))!.report.parts.measures.sections[0]!.body).toBe('甲的文字。');
    });

    it('answers a retried merged save with the merged text it stored, not the text it was sent', async () => {
      const repo = await repository();
      const { id } = await repo.create(loadSample());
      await repo.save(id, withBody(loadSample(), 0, '甲。'), 1);
      const saveId = globalThis.crypto.randomUUID();
      const sent = withBody(loadSample(), 1, '乙。');
      const first = await repo.save(id, sent, 1, { saveId });
      await repo.save(id, withBody(withBody(loadSample(), 0, '甲。'), 2, '丙。'), 3);
      const retry = await repo.save(id, sent, 1, { saveId });
      expect(retry).toMatchObject({ ok: true, merged: true, stored: { version: 3 } });
      expect(retry.ok && retry.stored.report).toEqual(first.ok && first.stored.report);
      expect((await repo.get(id))!.version).toBe(4);
    });

    it('answers a retry as a retry even after many other saves, while its id is under a week old', async () => {
      const repo = await repository();
      const { id } = await repo.create(loadSample());
      const saveId = globalThis.crypto.randomUUID();
      await repo.save(id, withBody(loadSample(), 0, '甲。'), 1, { saveId });
      for (let v = 2; v < 70; v++) await repo.save(id, withBody(withBody(loadSample(), 0, '甲。'), 1, `第${v}稿。`), v);
      // The reply to the first save was lost; the browser sends it again, with its id, on version 1.
      expect(await repo.save(id, withBody(loadSample(), 0, '甲。'), 1, { saveId })).toMatchObject({ ok: true, stored: { version: 2 } });
      expect((await repo.get(id))!.version).toBe(70);
    });

    it('merges against the nearest kept version when the base is no longer kept, and shows every difference as a conflict without one', async () => {
      const database = backend.fresh();
      const repo = await repository(database);
      const { id } = await repo.create(loadSample());
      await repo.save(id, withBody(loadSample(), 0, '甲。'), 1);
      const raw = await database.open();
      await raw.deleteFrom('report_revisions').where('report_id', '=', id).execute();
      await raw.destroy();
      // No text of version 1 is kept: the sides differ in section 0, so that is a conflict, and nothing is written.
      expect(await repo.save(id, withBody(loadSample(), 1, '乙。'), 1)).toMatchObject({ ok: false, reason: 'conflict', base: null });
      await repo.keepVersion(id, '下载');
      // Version 2 kept at a download: a save based on it, or on a later version no longer kept, merges against it.
      expect(await repo.save(id, withBody(withBody(loadSample(), 0, '甲。'), 1, '乙。'), 2)).toMatchObject({ ok: true, merged: false });
      const later = await repo.save(id, withBody(withBody(loadSample(), 0, '甲。'), 2, '丙。'), 2);
      expect(later).toMatchObject({ ok: true, merged: true });
      expect((await repo.get(id))!.report.parts.measures.sections.map((s) => s.body).slice(0, 3)).toEqual(['甲。', '乙。', '丙。']);
    });

    it('keeps the text a conflict resolution replaces in the history before writing over it', async () => {
      const repo = await repository();
      const { id } = await repo.create(loadSample());
      await repo.save(id, withBody(loadSample(), 0, '对方的文字。'), 1);
      const resolved = await repo.save(id, withBody(loadSample(), 0, '我的文字。'), 2, { keepReplaced: true });
      expect(resolved).toMatchObject({ ok: true, stored: { version: 3 } });
      const [kept] = (await repo.history(id))!;
      expect(kept).toMatchObject({ cause: '替换前', number: 2 });
      expect(kept!.report.parts.measures.sections[0]!.body).toBe('对方的文字。');
    });

    it('writes nothing new when the merge is exactly what is stored', async () => {
      const repo = await repository();
      const { id } = await repo.create(loadSample());
      await repo.save(id, withBody(loadSample(), 0, '甲。'), 1);
      expect(await repo.save(id, loadSample(), 1)).toMatchObject({ ok: true, merged: true, stored: { version: 2 } });
      expect((await repo.get(id))!.version).toBe(2);
    });

    it('merges every one of many simultaneous saves to different sections', async () => {
      const repo = await repository();
      const { id } = await repo.create(loadSample());
      const count = loadSample().parts.measures.sections.length;
      const results = await Promise.all(Array.from({ length: count }, (_, i) => repo.save(id, withBody(loadSample(), i, `第${i}窗口。`), 1)));
      expect(results.every((r) => r.ok)).toBe(true);
      const bodies = (await repo.get(id))!.report.parts.measures.sections.map((s) => s.body);
      expect(bodies).toEqual(Array.from({ length: count }, (_, i) => `第${i}窗口。`));
    });
  });
}

describe('a database from before merging (migration 0005)', () => {
  it('keeps the text of every report as it is, so two tabs open across the upgrade merge against it', async () => {
    const file = tempDbPath();
    mkdirSync(dirname(file), { recursive: true });
    const old = new Kysely<Database>({ dialect: sqliteDialect(new SQLite(file)) });
    await new Migrator({ db: old, provider: migrationProvider }).migrateTo('0004_report_saves');
    const data = JSON.stringify(loadSample());
    await old.insertInto('reports').values({ id: 'r1', version: 37, data, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' }).execute();
    await old.destroy();
    const repo = createReportRepository(await openSqlite(file), SYSTEM);
    open.push(repo);
    expect(await repo.save('r1', withBody(loadSample(), 0, '甲。'), 37)).toMatchObject({ ok: true, stored: { version: 38 } });
    expect(await repo.save('r1', withBody(loadSample(), 1, '乙。'), 37)).toMatchObject({ ok: true, merged: true, stored: { version: 39 } });
  });
});
