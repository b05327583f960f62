import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signedInFetch, signIn, TEST_UNIT } from '../support/app-server';
import { appWithBrowser } from '../support/app-with-browser';
import { sessionCookie } from '../support/browser';
import { e2ePort } from '../support/ports';
import { loadSample } from '../support/sample';

const app = appWithBrowser(e2ePort(3141));

async function downloaded(page: Page, link: RegExp): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: link }).click()]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

describe('汇总: the county’s view of every unit, its exports and the collected reports', () => {
  it('shows who has reported and who has not, filters and sorts, and downloads the table and every accepted report', async () => {
    const admin = app.server.fetch;
    expect((await admin('/api/units', { method: 'POST', body: JSON.stringify({ name: '重庆市巴南区龙洲湾街道办事处', kind: '街道', superior: '巴南区' }) })).status).toBe(201);
    expect((await admin('/api/users', { method: 'POST', body: JSON.stringify({ name: '汇总审核人', login: 'county.reviewer', password: 'county-pass-1', roles: ['reviewer'] }) })).status).toBe(201);
    const cookie = await signIn(app.server.url, 'county.reviewer', 'county-pass-1');
    const { id, version } = (await (await admin('/api/reports', { method: 'POST', body: JSON.stringify({ from: 'report', report: loadSample() }) })).json()) as { id: string; version: number };
    expect((await admin(`/api/reports/${id}/review`, { method: 'POST', body: JSON.stringify({ action: 'submit', version }) })).status).toBe(200);
    expect((await signedInFetch(app.server.url, cookie)(`/api/reports/${id}/review`, { method: 'POST', body: JSON.stringify({ action: 'accept', version }) })).status).toBe(200);

    const context = await app.browser.newContext();
    await context.addCookies([sessionCookie({ url: app.server.url, cookie })]);
    const page = await context.newPage();
    await page.goto(`${app.server.url}/`);
    await page.getByRole('link', { name: '汇总' }).click();
    await page.waitForURL(/\/county$/);
    await page.goto(`${app.server.url}/county?year=2025`);
    expect(await page.getByTestId('dashboard-summary').textContent()).toContain('共 2 个单位：已报送 1（其中已通过 1），退回修改 0，起草中 0，未开始 1');
    const units = () => page.getByTestId('dashboard-row').getByRole('rowheader').allTextContents();
    expect(await page.getByTestId('dashboard-row').and(page.locator('[data-status="accepted"]')).getByRole('rowheader').textContent()).toBe(TEST_UNIT.name);

    // Filters travel in the address.
    await page.getByLabel('状态').selectOption({ label: '未开始' });
    await page.getByRole('button', { name: '筛选' }).click();
    await page.waitForURL(/status=missing/);
    expect(await units()).toEqual(['重庆市巴南区龙洲湾街道办事处']);
    await page.goto(`${app.server.url}/county?year=2025&sort=name`);
    expect(await page.getByRole('columnheader', { name: '单位' }).getAttribute('aria-sort')).toBe('ascending');
    await page.goto(`${app.server.url}/county?year=abc&status=missing`);
    expect(await page.getByRole('alert').filter({ hasText: '网址中的年度' }).textContent()).toMatch(/^网址中的年度“abc”无效，显示的是 \d{4} 年度。$/);
    expect(await page.getByLabel('状态').inputValue()).toBe('missing');
    await page.goto(`${app.server.url}/county?year=2025&sort=name`);

    const xlsx = await downloaded(page, /导出 Excel/);
    expect(xlsx.name).toBe('2025年度法治政府建设情况报告汇总.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(xlsx.bytes).buffer);
    const sheet = book.getWorksheet('汇总')!;
    expect(sheet.getColumn(1).values.slice(2).sort()).toEqual([TEST_UNIT.name, '重庆市巴南区龙洲湾街道办事处'].sort());
    const csv = await downloaded(page, /导出 CSV/);
    expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.bytes.toString('utf8')).toContain(`${TEST_UNIT.name},镇,巴南区,已通过`);

    const zip = await downloaded(page, /下载全部已通过的报告/);
    expect(zip.name).toBe('2025年度法治政府建设情况报告（已通过）.zip');
    const files = (await JSZip.loadAsync(zip.bytes)).files;
    const [name] = Object.keys(files);
    expect(Object.keys(files)).toHaveLength(1);
    expect(name).toBe(`${TEST_UNIT.name}-${loadSample().title}.docx`);
    const docx = await JSZip.loadAsync(await files[name!]!.async('uint8array'));
    expect(await docx.file('word/document.xml')!.async('string')).toContain('法治政府建设');
    await context.close();
  });
});
