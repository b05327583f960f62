import SQLite from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type TAppServer } from '../support/app-server';
import { launchChromium } from '../support/browser';
import { e2ePort } from '../support/ports';
import { loadSample } from '../support/sample';
import { tempDbPath } from '../support/temp-db';

const file = tempDbPath();
let server: TAppServer;
let browser: Browser;

describe('a stored report that can no longer be read', () => {
  beforeAll(async () => {
    server = await startAppServer(e2ePort(3191), file);
    browser = await launchChromium(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('is listed as 无法读取 beside the good ones, with its raw JSON to download, and its pages say so in Chinese', async () => {
    const created = await server.fetch(`/api/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ from: 'report', report: { ...loadSample(), title: '完好的报告' } }) });
    expect(created.status).toBe(201);
    // As a crash or an old build could have left it: written behind the app's back.
    const db = new SQLite(file);
    db.prepare("insert into reports (id, version, data, created_at, updated_at, unit_id) values (?, 1, ?, ?, ?, (select id from units))").run(
      'broken',
      '{"title":"写了一半',
      '2026-03-01T08:00:00.000Z',
      '2026-03-01T08:00:00.000Z',
    );
    db.close();

    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: '完好的报告', exact: true }).waitFor();
    const row = page.getByTestId('unreadable-report');
    expect(await row.textContent()).toContain('保存的数据不是有效的 JSON');
    expect(await row.getByRole('link', { name: '下载原始数据（JSON）' }).getAttribute('href')).toBe('/api/reports/broken/raw');

    const raw = await server.fetch(`/api/reports/broken/raw`);
    expect(raw.status).toBe(200);
    expect(raw.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(await raw.text()).toBe('{"title":"写了一半');

    await page.goto(`${server.url}/reports/broken/check`);
    await page.getByRole('heading', { name: '无法读取这份报告' }).waitFor();
    expect(await page.getByRole('link', { name: '下载原始数据（JSON）' }).getAttribute('href')).toBe('/api/reports/broken/raw');

    const api = await server.fetch(`/api/reports/broken`);
    expect(api.status).toBe(500);
    expect(((await api.json()) as { message: string }).message).toContain('无法读取');
    const listed = (await (await server.fetch(`/api/reports`)).json()) as Array<{ id: string; unreadable?: boolean }>;
    expect(listed.map((r) => r.unreadable ?? false).sort()).toEqual([false, true]);

    // Once its data is downloaded, the clerk can delete it like any other; 已删除 still offers the raw data.
    await page.goto(`${server.url}/`);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByTestId('unreadable-report').getByRole('button', { name: /删除/ }).click();
    await page.getByTestId('unreadable-report').waitFor({ state: 'detached' });
    const deleted = page.getByTestId('deleted');
    await deleted.locator('summary').click();
    expect(await deleted.textContent()).toContain('无法读取的报告');
    expect(await deleted.getByRole('link', { name: '下载原始数据' }).getAttribute('href')).toBe('/api/reports/broken/raw');
    await page.close();
  });
});
