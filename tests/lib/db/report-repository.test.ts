import { existsSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite } from '@/lib/db/open-sqlite';
import { createReportRepository, type ReportRepository } from '@/lib/db/report-repository';
import { loadSample } from '../../support/sample';
import { tempDbPath } from '../../support/temp-db';

const open: ReportRepository[] = [];

async function repository(file: string, now?: () => Date) {
  const repo = createReportRepository(await openSqlite(file), now);
  open.push(repo);
  return repo;
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
});

describe('the report repository on a real SQLite file', () => {
  it('creates the file, its folder and its schema on first open', async () => {
    const file = tempDbPath();
    const repo = await repository(file);
    expect(existsSync(file)).toBe(true);
    expect(await repo.list()).toEqual([]);
  });

  it('keeps a created report across closing and reopening the file', async () => {
    const file = tempDbPath();
    const first = await repository(file);
    const created = await first.create(loadSample());
    await first.close();
    open.splice(0);
    const again = await repository(file);
    const stored = await again.get(created.id);
    expect(stored?.report).toEqual(loadSample());
    expect(stored?.version).toBe(1);
  });

  it('saves over the version it was based on and refuses a stale save without writing it', async () => {
    const repo = await repository(tempDbPath());
    const { id } = await repo.create(loadSample());
    const edited = { ...loadSample(), title: '第二稿' };
    const saved = await repo.save(id, edited, 1);
    expect(saved.ok && saved.stored.version).toBe(2);
    const stale = await repo.save(id, { ...loadSample(), title: '旧窗口的稿子' }, 1);
    expect(stale).toMatchObject({ ok: false, reason: 'conflict', current: { version: 2 } });
    expect((await repo.get(id))?.report.title).toBe('第二稿');
  });

  it('answers not-found for a save to a missing or deleted report', async () => {
    const repo = await repository(tempDbPath());
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
    const repo = await repository(tempDbPath(), () => new Date((clock += 1000)));
    const a = await repo.create({ ...loadSample(), title: '甲' });
    await repo.create({ ...loadSample(), title: '乙' });
    await repo.save(a.id, { ...loadSample(), title: '甲改' }, 1);
    expect((await repo.list()).map((s) => s.report.title)).toEqual(['甲改', '乙']);
  });

  it('refuses to store an invalid report, and refuses to hand out a row that was corrupted behind its back', async () => {
    const file = tempDbPath();
    const repo = await repository(file);
    await expect(repo.create({ ...loadSample(), title: '坏\u0000' })).rejects.toThrow();
    const { id } = await repo.create(loadSample());
    const raw = new SQLite(file);
    raw.prepare('update reports set data = ? where id = ?').run('{"not":"a report"}', id);
    raw.close();
    await expect(repo.get(id)).rejects.toThrow();
  });

  it('marks a report as downloaded', async () => {
    const repo = await repository(tempDbPath());
    const { id } = await repo.create(loadSample());
    await repo.markDownloaded(id);
    expect((await repo.get(id))?.downloadedAt).toMatch(/^\d{4}-/);
  });
});
