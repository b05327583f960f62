import { describe, expect, it } from 'vitest';
import { appWithBrowser } from '../support/app-with-browser';
import { loadSample } from '../support/sample';
import { e2ePort } from '../support/ports';

const app = appWithBrowser(e2ePort(3123));

describe('导出全部数据 / 导入数据', () => {
  it('exports every report as one file and reads it back, asking before it replaces a report that exists', async () => {
    const api = (path: string, init?: RequestInit) => app.server.fetch(`/api${path}`, init);
    await api('/reports', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ from: 'sample' }) });
    const exported = await api('/backup');
    expect(exported.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    const backup = await exported.text();
    const again = await api('/backup', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: backup });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { message: string }).message).toMatch(/已经存在/);
    expect((await api('/backup?replace=1', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: backup })).status).toBe(200);
    const notOurs = await api('/backup', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ reports: [] }) });
    expect(notOurs.status).toBe(422);
    expect(((await notOurs.json()) as { message: string }).message).toContain('这不是年报导出的数据文件');
  });
});

describe('删除和已删除', () => {
  it('asks before deleting, then offers the report back in 已删除', async () => {
    const created = await app.server.fetch(`/api/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ from: 'report', report: { ...loadSample(), title: '要删除的报告' } }) });
    const { id } = (await created.json()) as { id: string };
    const page = await app.browser.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(app.server.url);
    await page.getByRole('button', { name: /^删除\s*《要删除的报告》$/ }).click();
    await page.getByTestId('deleted').waitFor();
    await page.getByText(/已删除（\d+，30 天内可以恢复）/).click();
    await page.getByRole('button', { name: /^恢复\s*《要删除的报告》$/ }).click();
    await expect.poll(async () => (await app.server.fetch(`/api/reports/${id}`)).status).toBe(200);
    await page.close();
  });
});

describe('历史版本', () => {
  it('keeps a version at a download, compares it with the current text, and restores it', async () => {
    const api = (path: string, init?: RequestInit) => app.server.fetch(`/api/reports${path}`, init);
    const { id } = (await (await api('', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ from: 'report', report: loadSample() }) })).json()) as { id: string };
    // Reading the file changes nothing; downloading it in the app (a POST) keeps a version.
    expect((await api(`/${id}/docx?kind=draft`)).status).toBe(200);
    expect((await api(`/${id}/docx?kind=draft`, { method: 'POST' })).status).toBe(200);
    const edited = loadSample();
    edited.parts.plans.sections[0]!.heading = '2026年工作安排（修改稿）';
    expect((await api(`/${id}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ version: 1, report: edited }) })).status).toBe(200);

    const page = await app.browser.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${app.server.url}/reports/${id}/history`);
    const versions = page.getByTestId('versions').locator('li');
    expect(await versions.count()).toBe(1);
    expect(await versions.first().innerText()).toContain('下载');
    await versions.first().getByRole('link', { name: /对比/ }).click();
    // Only part 四 changed: the comparison opens on it, its columns named by their times, and the
    // other parts say they did not change.
    await expect.poll(() => page.getByTestId('compare').innerText()).toContain('2026年工作安排（修改稿）');
    const compared = await page.getByTestId('compare').innerText();
    expect(compared).toContain('持续深化习近平法治思想学习宣传');
    expect(compared).toMatch(/该版本（\d{4}\/\d{1,2}\/\d{1,2} [\d:]+）/);
    expect(compared).toContain('现在（最后保存于 ');
    expect(await page.getByRole('link', { name: /^主要举措和成效/ }).innerText()).toContain('无变化');
    await page.getByRole('link', { name: /^主要举措和成效/ }).click();
    await expect.poll(() => page.getByTestId('compare').innerText()).toContain('无变化');

    await versions.first().getByRole('button', { name: /恢复此版本/ }).click();
    await page.waitForURL(new RegExp(`/reports/${id}$`));
    const now = (await (await api(`/${id}`)).json()) as typeof edited;
    expect(now.parts.plans.sections[0]!.heading).toBe('持续深化习近平法治思想学习宣传');
    await page.goto(`${app.server.url}/reports/${id}/history`);
    expect(await versions.first().innerText()).toContain('恢复');
    await page.close();
  });
});
