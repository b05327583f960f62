import { readFileSync } from 'node:fs';
import { Migrator, sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { ZBackup } from '@/lib/backup/schema';
import { UnreadableReportError } from '@/lib/db/errors';
import { SYSTEM } from '@/lib/auth/actor';
import { createReportRepository } from '@/lib/db/report-repository';
import { InvalidReportError } from '@/lib/report/read-report';
import { LIMITS } from '@/lib/report/limits';
import { REPORT_SCHEMA_VERSION } from '@/lib/report/schema';
import { BACKENDS } from '../../support/backends';
import { loadSample } from '../../support/sample';

const open: Array<{ close: () => Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
});

/** A backup made with `cli backup` by the code of schemaVersion 1, before the upgrade chain existed. */
const backupV1 = () => JSON.parse(readFileSync(new URL('../../fixtures/backup-v1.json', import.meta.url), 'utf8')) as { reports: Array<{ id: string; report: { opening: string; parts: unknown } }> };

const at = '2026-03-01T08:00:00.000Z';
const rowOf = (id: string, data: string, updated = at) => ({ id, version: 1, data, created_at: at, updated_at: updated });
const v1Json = (changes: Record<string, unknown>) => JSON.stringify({ ...loadSample(), schemaVersion: 1, ...changes });

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`stored reports of any version and state on ${backend.name}`, () => {
    async function opened() {
      const database = backend.fresh();
      const repo = createReportRepository(await database.open(), SYSTEM);
      const raw = await database.open();
      open.push(repo, { close: () => raw.destroy() });
      return { repo, raw };
    }

    it('restores a v1 backup made by the old code and reads it as the current version with every word intact and its old look', async () => {
      const { repo, raw } = await opened();
      const file = backupV1();
      const { id } = file.reports[0]!;
      expect(await repo.restoreAll(ZBackup.parse(file), false)).toEqual({ created: 1, replaced: 0, existing: [] });
      const stored = await repo.get(id);
      expect(stored?.report.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
      expect(stored?.report.opening).toBe(file.reports[0]!.report.opening);
      expect(stored?.report.parts).toEqual(file.reports[0]!.report.parts);
      expect(stored?.report.layout).toBe('flat');
      expect(stored?.report.dismissals).toEqual([{ key: 'punctuation:x', reason: '引用原文', at: '2026-01-05T08:00:00.000Z' }]);
      expect(((await repo.history(id))!).map((v) => [v.cause, v.report.schemaVersion])).toEqual([['下载', REPORT_SCHEMA_VERSION]]);
      expect(await repo.getSource(id)).toEqual({ name: '2024年报告.txt', text: '去年的原文' });
      // Written back as the current version, so the next read needs no upgrade.
      const row = await raw.selectFrom('reports').select('data').where('id', '=', id).executeTakeFirstOrThrow();
      expect((JSON.parse(row.data) as { schemaVersion: number }).schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    });

    it(`reads a v1 row with ${LIMITS.dismissals + 1} dismissals and an unknown template, as the old code could store them`, async () => {
      const { repo, raw } = await opened();
      const dismissals = Array.from({ length: LIMITS.dismissals + 1 }, (_, n) => ({ key: `k${n}`, reason: '已核实', at }));
      await raw.insertInto('reports').values(rowOf('too-many', v1Json({ dismissals }))).execute();
      await raw.insertInto('reports').values(rowOf('constructor', v1Json({ template: 'constructor' }))).execute();
      const many = await repo.get('too-many');
      expect(many?.report.dismissals).toHaveLength(LIMITS.dismissals);
      expect(many?.report.dismissals?.at(-1)?.key).toBe(`k${LIMITS.dismissals}`);
      expect((await repo.get('constructor'))?.report.template).toBe('standard');
      // And a save on it goes through, since it now holds what v2 requires.
      expect(await repo.save('too-many', many!.report, 1)).toMatchObject({ ok: true });
    });

    it('lists the good reports and one unreadable row among them, whose raw JSON is still there', async () => {
      const { repo, raw } = await opened();
      const good = await repo.create({ ...loadSample(), title: '好的' });
      await raw.insertInto('reports').values(rowOf('garbage', '{"title": "写了一半', '2099-01-01T00:00:00.000Z')).execute();
      await raw.insertInto('reports').values(rowOf('newer', JSON.stringify({ ...loadSample(), schemaVersion: 99 }), '2000-01-01T00:00:00.000Z')).execute();
      const listed = await repo.list();
      expect(listed.map((r) => [r.id, r.report?.title ?? null])).toEqual([
        ['garbage', null],
        [good.id, '好的'],
        ['newer', null],
      ]);
      expect(listed[0]).toMatchObject({ id: 'garbage', updatedAt: '2099-01-01T00:00:00.000Z', error: '保存的数据不是有效的 JSON' });
      expect(listed[2]).toMatchObject({ error: expect.stringMatching(/^这份报告由更新版本的年报保存/) });
      await expect(repo.get('garbage')).rejects.toBeInstanceOf(UnreadableReportError);
      expect(await repo.getRaw('garbage')).toEqual({ id: 'garbage', data: '{"title": "写了一半', updatedAt: '2099-01-01T00:00:00.000Z' });
      expect(await repo.getRaw('none')).toBeNull();
      await repo.remove('garbage');
      expect((await repo.listDeleted()).map((r) => [r.id, r.report])).toEqual([['garbage', null]]);
    });

    it('exports the readable reports and keeps the unreadable ones raw in the file instead of failing', async () => {
      const { repo, raw } = await opened();
      const good = await repo.create(loadSample());
      await repo.keepVersion(good.id, '下载');
      await raw.insertInto('reports').values(rowOf('garbage', 'not json')).execute();
      await raw.updateTable('report_versions').set({ data: '[]' }).where('report_id', '=', good.id).execute();
      const backup = await repo.exportAll();
      expect(backup.reports.map((r) => [r.id, r.versions.length])).toEqual([[good.id, 0]]);
      // The good report was saved last, so it (and its kept version) comes first.
      expect(backup.unreadable?.map((u) => [u.id, u.versionId !== undefined, u.data])).toEqual([
        [good.id, true, '[]'],
        ['garbage', false, 'not json'],
      ]);
      expect(ZBackup.parse(JSON.parse(JSON.stringify(backup))).reports).toHaveLength(1);
    });

    it('refuses, writing nothing, a create, save or restore that would not read back', async () => {
      const { repo, raw } = await opened();
      const { id } = await repo.create(loadSample());
      const twice = { ...loadSample(), dismissals: [1, 2].map((n) => ({ key: 'same', reason: `理由${n}`, at })) };
      await expect(repo.save(id, twice, 1)).rejects.toBeInstanceOf(InvalidReportError);
      await expect(repo.save(id, { ...loadSample(), template: 'constructor' as 'standard' }, 1)).rejects.toThrow(/模板/);
      await expect(repo.create(twice)).rejects.toThrow('同一条提示只能忽略一次');
      const backup = await repo.exportAll();
      backup.reports[0]!.report = twice;
      await expect(repo.restoreAll(backup, true)).rejects.toBeInstanceOf(InvalidReportError);
      const rows = await raw.selectFrom('reports').select(['version']).execute();
      expect(rows.map((r) => Number(r.version))).toEqual([1]);
      expect((await repo.get(id))?.report).toEqual(loadSample());
    });

    it('holds kept versions and sources to an existing report (foreign keys)', async () => {
      const { raw } = await opened();
      const orphan = { id: 'v1', report_id: 'no-such-report', number: 1, cause: '下载', data: '{}', created_at: at };
      await expect(raw.insertInto('report_versions').values(orphan).execute()).rejects.toThrow(/foreign key/i);
      await expect(raw.insertInto('report_sources').values({ report_id: 'no-such-report', name: 'x', text: 'y', created_at: at }).execute()).rejects.toThrow(/foreign key/i);
    });

    it('leaves nothing behind of a migration that fails half-way', async () => {
      const { raw } = await opened();
      const name = `m${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
      const migrator = new Migrator({
        db: raw,
        migrationTableName: `${name}_migrations`,
        migrationLockTableName: `${name}_lock`,
        provider: {
          getMigrations: () =>
            Promise.resolve({
              '0001_fine': { up: (db: Kysely<unknown>) => db.schema.createTable(`${name}_first`).addColumn('id', 'integer').execute() },
              '0002_half': {
                async up(db: Kysely<unknown>) {
                  await db.schema.createTable(`${name}_second`).addColumn('id', 'integer').execute();
                  await sql`create index ${sql.raw(`${name}_second_id`)} on ${sql.table(`${name}_second`)} (id)`.execute(db);
                  throw new Error('断电');
                },
              },
            }),
        },
      });
      const { error, results } = await migrator.migrateToLatest();
      expect(String(error)).toContain('断电');
      expect(results?.map((r) => r.status)).toEqual(['Success', 'Error']);
      const tables = (await raw.introspection.getTables()).map((t) => t.name);
      expect(tables.filter((t) => t.startsWith(`${name}_first`) || t.startsWith(`${name}_second`))).toEqual([]);
      expect(tables).toContain('reports');
    });
  });
}
