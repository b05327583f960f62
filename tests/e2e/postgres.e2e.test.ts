import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type TAppServer } from '../support/app-server';
import { loadSample } from '../support/sample';
import { tempDbPath } from '../support/temp-db';
import { e2ePort } from '../support/ports';

const url = process.env.TEST_DATABASE_URL;
let server: TAppServer;

describe.skipIf(!url)('the app with DATABASE_URL on PostgreSQL', () => {
  beforeAll(async () => {
    // A schema of its own: the test database also holds the repository suite's schemas.
    server = await startAppServer(e2ePort(3122), tempDbPath(), { DATABASE_URL: url!, DATABASE_SCHEMA: `e2e_${Date.now().toString(36)}` });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('creates, saves, merges a stale save or refuses it when it changed the same field, lists and downloads, as on SQLite', async () => {
    const api = (path: string, init?: RequestInit) => server.fetch(`/api/reports${path}`, init);
    const { id } = (await (await api('', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ from: 'report', report: loadSample() }) })).json()) as { id: string };
    expect((await api(`/${id}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ version: 1, report: { ...loadSample(), title: '在PostgreSQL上保存' } }) })).status).toBe(200);
    const stale = (report: object) => api(`/${id}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ version: 1, report }) });
    expect((await stale({ ...loadSample(), title: '另一个窗口的标题' })).status).toBe(409);
    const merged = await stale({ ...loadSample(), recipient: '区委、区人民政府' });
    expect(merged.status).toBe(200);
    expect(await merged.json()).toMatchObject({ version: 3, report: { title: '在PostgreSQL上保存', recipient: '区委、区人民政府' } });
    expect(((await (await api('')).json()) as Array<{ id: string; title: string }>).find((r) => r.id === id)?.title).toBe('在PostgreSQL上保存');
    expect((await api(`/${id}/docx?kind=draft`)).status).toBe(200);
  });
});
