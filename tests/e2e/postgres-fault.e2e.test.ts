import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startAppServer, type TAppServer } from '../support/app-server';
import { launchChromium } from '../support/browser';
import { e2ePort } from '../support/ports';
import { loadSample } from '../support/sample';
import { tempDbPath } from '../support/temp-db';

const url = process.env.TEST_DATABASE_URL;
const pgVersion = existsSync('/etc/postgresql') ? readdirSync('/etc/postgresql').sort().at(-1) : undefined;
const canControl = process.getuid?.() === 0 && spawnSync('pg_ctlcluster', ['--help']).error === undefined && pgVersion !== undefined;

if (!url) console.warn('TEST_DATABASE_URL is not set: the PostgreSQL fault test is skipped. .ci/run starts PostgreSQL and sets it.');
else if (!canControl) console.warn('The PostgreSQL fault test stops and starts the local cluster with pg_ctlcluster as root: not root or no pg_ctlcluster here, so it is skipped.');

const UNAVAILABLE = '数据库暂时无法连接，请稍后再试。您的修改仍保存在浏览器中。';

function cluster(action: 'stop' | 'start'): void {
  const result = spawnSync('pg_ctlcluster', [pgVersion!, 'main', action], { encoding: 'utf8', timeout: 60_000 });
  // Starting a running cluster (afterAll, after the test has started it) is not a failure.
  if (result.status !== 0 && !(action === 'start' && /already running/.test(result.stderr))) {
    throw new Error(`pg_ctlcluster ${pgVersion} main ${action}: ${result.stderr}`);
  }
}

let server: TAppServer;
let browser: Browser;
let stopped = false;

describe.skipIf(!url || !canControl)('the app on PostgreSQL while PostgreSQL stops and starts again', () => {
  beforeAll(async () => {
    server = await startAppServer(e2ePort(3190), tempDbPath(), { DATABASE_URL: url!, DATABASE_SCHEMA: `fault_${Date.now().toString(36)}` });
    browser = await launchChromium(server);
  });
  afterAll(async () => {
    // Whatever happened above, the database others use is left running.
    if (stopped) cluster('start');
    await browser?.close();
    await server?.stop();
  });

  const api = (path: string, init?: RequestInit) => server.fetch(`/api/reports${path}`, init);
  const put = (id: string, version: number, title: string) => api(`/${id}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ version, report: { ...loadSample(), title } }) });
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  it('answers 503 in Chinese while it is away, keeps running, and recovers by itself with nothing lost', async () => {
    const created = await api('', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ from: 'report', report: { ...loadSample(), title: '停机前' } }) });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await put(id, 1, '停机前第二稿')).status).toBe(200);

    try {
      stopped = true;
      cluster('stop');
      const save = await put(id, 2, '停机时的修改');
      expect(save.status).toBe(503);
      expect(await save.json()).toEqual({ message: UNAVAILABLE });
      const read = await api(`/${id}`);
      expect(read.status).toBe(503);
      expect(((await read.json()) as { message: string }).message).toBe(UNAVAILABLE);
      // Next sends a page that failed on the server as a shell in which the error page renders: look at it in a browser.
      const page = await browser.newPage();
      expect((await page.goto(`${server.url}/`))?.status()).toBe(500);
      await page.getByRole('heading', { name: '页面暂时无法打开' }).waitFor();
      expect(await page.getByRole('button', { name: '重试' }).isVisible()).toBe(true);
      await page.close();
      expect(alive(server.pid)).toBe(true);
    } finally {
      cluster('start');
      stopped = false;
    }

    // Recovery: the pool reconnects on its own; poll, bounded, instead of sleeping a guessed time.
    const deadline = Date.now() + 60_000;
    let status = 0;
    while (Date.now() < deadline) {
      status = (await api(`/${id}`)).status;
      if (status === 200) break;
      expect(status).toBe(503);
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
    expect(alive(server.pid)).toBe(true);

    // The save refused while the database was away wrote nothing; the one sent again now goes through.
    expect(((await (await api(`/${id}`)).json()) as { title: string }).title).toBe('停机前第二稿');
    const again = await put(id, 2, '停机时的修改');
    expect(again.status).toBe(200);
    expect(((await again.json()) as { version: number }).version).toBe(3);
    const listed = (await (await api('')).json()) as Array<{ id: string; title: string; version: number }>;
    expect(listed.find((r) => r.id === id)).toMatchObject({ title: '停机时的修改', version: 3 });
  });
});
