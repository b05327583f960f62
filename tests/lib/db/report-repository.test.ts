import { afterEach, describe, expect, it } from 'vitest';
import { SYSTEM } from '@/lib/auth/actor';
import { createReportRepository, type ReportRepository } from '@/lib/db/report-repository';
import { BACKENDS } from '../../support/backends';
import { loadSample } from '../../support/sample';

const open: ReportRepository[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
});

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`the report repository on ${backend.name}`, () => {
    async function repository(database = backend.fresh(), now?: () => Date) {
      const repo = createReportRepository(await database.open(), SYSTEM, now);
      open.push(repo);
      return repo;
    }

    it('creates its schema on first open and starts empty', async () => {
      expect(await (await repository()).list()).toEqual([]);
    });

    it('keeps a created report, and its source text, across closing and reopening', async () => {
      const database = backend.fresh();
      const first = await repository(database);
      const created = await first.create(loadSample(), { name: '去年.docx', text: '原文' });
      const again = await repository(database);
      const stored = await again.get(created.id);
      expect(stored?.report).toEqual(loadSample());
      expect(stored?.version).toBe(1);
      expect(await again.getSource(created.id)).toEqual({ name: '去年.docx', text: '原文' });
    });

    it('saves over the version it was based on and refuses a stale save without writing it', async () => {
      const repo = await repository();
      const { id } = await repo.create(loadSample());
      const saved = await repo.save(id, { ...loadSample(), title: '第二稿' }, 1);
      expect(saved.ok && saved.stored.version).toBe(2);
      const stale = await repo.save(id, { ...loadSample(), title: '旧窗口的稿子' }, 1);
      expect(stale).toMatchObject({ ok: false, reason: 'conflict', current: { version: 2 } });
      expect((await repo.get(id))?.report.title).toBe('第二稿');
    });

    it('answers a retried save (same save id, reply lost) with the version it made, writing nothing again', async () => {
      const repo = await repository();
      const { id } = await repo.create(loadSample());
      const saveId = globalThis.crypto.randomUUID();
      const first = await repo.save(id, { ...loadSample(), title: '第二稿' }, 1, { saveId });
      expect(first.ok && first.stored.version).toBe(2);
      const retry = await repo.save(id, { ...loadSample(), title: '第二稿' }, 1, { saveId });
      expect(retry).toMatchObject({ ok: true, stored: { version: 2 } });
      expect((await repo.get(id))?.version).toBe(2);
      // Another save based on the old version is still a conflict: only the same save id is recognised.
      expect(await repo.save(id, { ...loadSample(), title: '别的稿子' }, 1, { saveId: globalThis.crypto.randomUUID() })).toMatchObject({ ok: false, reason: 'conflict' });
    });

    it('lets exactly one of two simultaneous saves on the same version through', async () => {
      const repo = await repository();
      const { id } = await repo.create(loadSample());
      const results = await Promise.all(['甲', '乙'].map((title) => repo.save(id, { ...loadSample(), title }, 1)));
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok && r.reason === 'conflict')).toHaveLength(1);
    });

    it('answers not-found for a save to a missing or deleted report', async () => {
      const repo = await repository();
      expect(await repo.save('missing', loadSample(), 1)).toEqual({ ok: false, reason: 'not-found' });
      const { id } = await repo.create(loadSample());
      expect(await repo.remove(id)).toBe(true);
      expect(await repo.remove(id)).toBe(false);
      expect(await repo.get(id)).toBeNull();
      expect(await repo.list()).toEqual([]);
      expect(await repo.save(id, loadSample(), 1)).toEqual({ ok: false, reason: 'not-found' });
    });

    it('lists the most recently saved report first', async () => {
      let clock = Date.parse('2026-01-01T00:00:00Z');
      const repo = await repository(backend.fresh(), () => new Date((clock += 1000)));
      const a = await repo.create({ ...loadSample(), title: '甲' });
      await repo.create({ ...loadSample(), title: '乙' });
      await repo.save(a.id, { ...loadSample(), title: '甲改' }, 1);
      expect((await repo.list()).map((s) => s.report?.title)).toEqual(['甲改', '乙']);
    });

    it('refuses to store an invalid report, and to hand out a row corrupted behind its back', async () => {
      const database = backend.fresh();
      const repo = await repository(database);
      await expect(repo.create({ ...loadSample(), title: '坏\u0000' })).rejects.toThrow();
      const { id } = await repo.create(loadSample());
      const raw = await database.open();
      await raw.updateTable('reports').set({ data: '{"not":"a report"}' }).where('id', '=', id).execute();
      await raw.destroy();
      await expect(repo.get(id)).rejects.toThrow();
    });

    it('keeps a version at each download, every ten minutes of editing, and at a restore, which can be undone', async () => {
      let clock = Date.parse('2026-02-01T08:00:00Z');
      const repo = await repository(backend.fresh(), () => new Date(clock));
      const { id } = await repo.create({ ...loadSample(), title: '初稿' });
      await repo.keepVersion(id, '下载');
      await repo.keepVersion(id, '下载');
      clock += 60_000;
      await repo.save(id, { ...loadSample(), title: '一分钟后' }, 1);
      clock += 60_000;
      await repo.save(id, { ...loadSample(), title: '两分钟后' }, 2);
      clock += 10 * 60_000;
      await repo.save(id, { ...loadSample(), title: '十二分钟后' }, 3);
      const kept = (await repo.history(id))!;
      // Two downloads of one text keep one version; saves within ten minutes of the last kept keep none.
      expect(kept.map((k) => [k.cause, k.number, k.report.title])).toEqual([
        ['定时', 4, '十二分钟后'],
        ['下载', 1, '初稿'],
      ]);
      clock += 1000;
      const restored = await repo.restore(id, kept.at(-1)!.id, 4);
      expect(restored.ok && restored.stored.report.title).toBe('初稿');
      expect((await repo.get(id))?.report.title).toBe('初稿');
      const after = (await repo.history(id))!;
      expect(after.slice(0, 2)).toMatchObject([{ cause: '恢复', number: 5 }, { cause: '替换前', number: 4, report: { title: '十二分钟后' } }]);
      expect(await repo.restore(id, kept[0]!.id, 4)).toMatchObject({ ok: false, reason: 'conflict' });
      expect(await repo.restore(id, 'no-such-version', 5)).toEqual({ ok: false, reason: 'not-found' });
    });

    it('exports every report with history and source, and restores into another database without losing any', async () => {
      const from = await repository();
      const { id } = await from.create(loadSample(), { name: '去年.txt', text: '原文' });
      await from.keepVersion(id, '下载');
      await from.save(id, { ...loadSample(), title: '第二稿' }, 1);
      const backup = await from.exportAll();
      const to = await repository();
      expect(await to.restoreAll(backup, false)).toEqual({ created: 1, replaced: 0, existing: [] });
      expect((await to.get(id))?.report.title).toBe('第二稿');
      expect(((await to.history(id))!).map((v) => v.cause)).toEqual(['下载']);
      expect(await to.getSource(id)).toEqual({ name: '去年.txt', text: '原文' });
    });

    it('never overwrites an existing report unless asked to, and then does', async () => {
      const repo = await repository();
      const { id } = await repo.create({ ...loadSample(), title: '备份时' });
      const backup = await repo.exportAll();
      await repo.save(id, { ...loadSample(), title: '备份后又改了' }, 1);
      expect(await repo.restoreAll(backup, false)).toEqual({ created: 0, replaced: 0, existing: [id] });
      expect((await repo.get(id))?.report.title).toBe('备份后又改了');
      expect(await repo.restoreAll(backup, true)).toEqual({ created: 0, replaced: 1, existing: [] });
      expect((await repo.get(id))?.report.title).toBe('备份时');
    });

    it('lists a deleted report in 已删除 for 30 days and brings it back', async () => {
      let clock = Date.parse('2026-02-01T00:00:00Z');
      const repo = await repository(backend.fresh(), () => new Date(clock));
      const { id } = await repo.create(loadSample());
      await repo.remove(id);
      expect((await repo.listDeleted()).map((r) => r.id)).toEqual([id]);
      expect(await repo.undelete(id)).toBe(true);
      expect((await repo.get(id))?.report).toEqual(loadSample());
      await repo.remove(id);
      clock += 31 * 24 * 3_600_000;
      expect(await repo.listDeleted()).toEqual([]);
    });

    it('marks a report as downloaded', async () => {
      const repo = await repository();
      const { id } = await repo.create(loadSample());
      await repo.markDownloaded(id);
      expect((await repo.get(id))?.downloadedAt).toMatch(/^\d{4}-/);
    });
  });
}
