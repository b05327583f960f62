import { describe, expect, it } from 'vitest';
import { appWithBrowser } from '../support/app-with-browser';
import { e2ePort } from '../support/ports';
import { loadSample } from '../support/sample';

const app = appWithBrowser(e2ePort(3171));

describe('网页公开版 for a clerk who reports on their own', () => {
  it('blocks on a phone number with a link to it, then, once removed and the 保密审查 confirmed, gives the web version', async () => {
    const report = loadSample();
    const section = report.parts.measures.sections[0]!;
    const clean = section.body;
    section.body += '\n咨询电话023-12345678。';
    const created = await app.server.fetch(`/api/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ from: 'report', report }) });
    const { id } = (await created.json()) as { id: string };
    const page = await app.browser.newPage();
    await page.goto(`${app.server.url}/reports/${id}/publish`);
    const blocked = page.getByTestId('web-blocked');
    expect(await blocked.getByRole('heading').textContent()).toBe('发现 1 处个人信息或密级标志，删除或改为“某某”后才能生成网页公开版。');
    expect(await blocked.getByRole('link', { name: /修改/ }).getAttribute('href')).toBe(`/reports/${id}/parts/measures#b-${section.id}`);
    // Nothing to download while blocked.
    expect((await app.server.fetch(`/api/reports/${id}/web?format=txt`)).status).toBe(409);

    const stored = (await (await app.server.fetch(`/api/reports/${id}`)).json()) as typeof report & { version?: number };
    stored.parts.measures.sections[0]!.body = clean;
    const saved = await app.server.fetch(`/api/reports/${id}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ version: 1, report: stored }) });
    expect(saved.status).toBe(200);
    await page.reload();
    expect(await page.getByTestId('web-blocked').count()).toBe(0);
    // Not before the 保密审查 is on record.
    expect((await app.server.fetch(`/api/reports/${id}/web?format=txt`)).status).toBe(409);
    await page.getByLabel(/我确认本报告已经过保密审查/).check();
    await page.getByRole('button', { name: '确认并生成网页公开版' }).click();
    await page.getByTestId('secrecy-record').waitFor();
    const text = await (await app.server.fetch(`/api/reports/${id}/web?format=txt`)).text();
    expect(text.split('\n')[0]).toBe(report.title);
    expect(await page.getByLabel('纯文本').inputValue()).toBe(text);
    const html = await (await app.server.fetch(`/api/reports/${id}/web?format=html`)).text();
    expect(html).toContain(`<h1>${report.title}</h1>`);
    expect(html).not.toMatch(/style=|<p>\s*<\/p>/);
    const docx = await app.server.fetch(`/api/reports/${id}/web?format=docx`);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    // The record names who confirmed, and the report's timeline shows it.
    expect(await page.getByTestId('secrecy-record').textContent()).toMatch(/确认（第 2 版）。$/);
    await page.close();
  });
});
