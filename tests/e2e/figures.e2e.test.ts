import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rollForward } from '@/lib/report/roll-forward';
import type { TReport } from '@/lib/report/schema';
import { getTemplate } from '@/lib/template/get-template';
import { appWithBrowser } from '../support/app-with-browser';
import { hasLibreOffice, renderPdf } from '../support/libreoffice';
import { loadSample } from '../support/sample';
import { e2ePort } from '../support/ports';

const app = appWithBrowser(e2ePort(3150));

describe('主要数据', () => {
  it('carries last year in, adopts a figure the text states, flags text that contradicts the table until it is fixed, and prints the table as an attachment', async () => {
    const last = loadSample();
    last.figures['litigation-cases'] = { value: 2, lastYear: null, confirmed: true };
    const report = rollForward(last, getTemplate());
    const created = await app.server.fetch(`/api/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ from: 'report', report }) });
    const { id } = (await created.json()) as { id: string };
    const stored = async () => ((await (await app.server.fetch(`/api/reports/${id}`)).json()) as TReport);

    const page = await app.browser.newPage();
    await page.goto(`${app.server.url}/reports/${id}`);
    await page.getByTestId('task-list').getByRole('link', { name: '主要数据' }).click();
    await page.waitForURL(/\/figures$/);

    const litigation = page.getByTestId('figure-row-litigation-cases');
    const reconsideration = page.getByTestId('figure-row-reconsideration-cases');
    expect(await litigation.getByTestId('last-year').innerText()).toContain('2件');
    expect(await litigation.getByTestId('change').innerText()).toContain('待填写');
    expect(await reconsideration.getByTestId('last-year').innerText()).toContain('读自去年的正文');
    expect(await reconsideration.locator('blockquote').innerText()).toBe('全年镇政府作为被申请人的行政复议案件1件，经复议维持；');

    await reconsideration.getByRole('button', { name: /^采用/ }).click();
    await expect.poll(() => page.getByLabel('行政复议案件数').inputValue()).toBe('1');
    await expect.poll(async () => (await stored()).figures['reconsideration-cases']).toEqual({ value: 1, lastYear: null, confirmed: true });
    expect(await reconsideration.getByTestId('change').innerText()).toContain('持平');
    expect(await reconsideration.getByRole('button', { name: /^采用/ }).count()).toBe(0);

    const box = page.getByLabel('行政应诉案件数');
    await box.fill('3件x');
    await expect.poll(() => litigation.getByRole('alert').innerText()).toContain('请填写数字');
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    await box.fill('3');
    await expect.poll(() => litigation.getByRole('alert').count()).toBe(0);
    await expect.poll(async () => (await stored()).figures['litigation-cases']).toEqual({ value: 3, lastYear: 2, confirmed: true });
    expect(await litigation.getByTestId('change').innerText()).toContain('↑50%');

    const contracts = page.getByTestId('figure-row-contracts-reviewed');
    await contracts.getByRole('button', { name: /^今年不再填报\s*：法律顾问审查合同数$/ }).click();
    await expect.poll(() => contracts.getByTestId('change').innerText()).toContain('不再填报');
    await expect.poll(async () => (await stored()).figures['contracts-reviewed']).toEqual({ value: null, lastYear: null, confirmed: true });

    await page.getByRole('button', { name: '保存并返回' }).click();
    await page.waitForURL(new RegExp(`/reports/${id}$`));
    await page.goto(`${app.server.url}/reports/${id}/check`);
    const contradiction = page.getByTestId('hint').filter({ hasText: '正文写的是2件，主要数据表是3件（行政应诉案件数）' });
    expect(await contradiction.count()).toBe(1);
    expect(await page.getByTestId('hint').filter({ hasText: '“行政复议案件数”为1件，与去年相同，请确认' }).count()).toBe(1);

    await contradiction.getByRole('link', { name: /^修改/ }).click();
    await page.waitForURL(/\/parts\/measures/);
    await expect
      .poll(() => page.evaluate(() => { const el = document.activeElement as HTMLTextAreaElement; return el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0); }))
      .toBe('2件');
    await page.keyboard.type('3件');
    const body = async () => JSON.stringify((await stored()).parts.measures);
    await expect.poll(body).toContain('作为被告的行政诉讼案件3件');
    await page.goto(`${app.server.url}/reports/${id}/check`);
    expect(await page.getByTestId('hint').filter({ hasText: '主要数据表是3件' }).count()).toBe(0);

    await page.goto(`${app.server.url}/reports/${id}/figures`);
    await page.getByLabel('在 Word 文件中附“主要数据对比表”').check();
    await expect.poll(async () => (await stored()).figuresAnnex).toBe(true);
    await page.goto(`${app.server.url}/reports/${id}/preview`);
    const annex = page.getByTestId('preview-page').filter({ has: page.locator('[data-kind="annexLabel"]') });
    expect(await annex.count()).toBe(1);
    expect(await annex.locator('[data-kind="title"]').innerText()).toBe('主要数据对比表');
    expect(await annex.locator('[data-kind="tableRow"]').first().innerText()).toContain('行政复议案件数');

    // The .docx the page's 下载草稿 gives, as LibreOffice lays it out: the table on a page of its own.
    const [download] = await Promise.all([page.waitForEvent('download'), page.goto(`${app.server.url}/reports/${id}/check`).then(() => page.getByTestId('download-draft').click())]);
    if (hasLibreOffice) {
      const pdf = renderPdf(new Uint8Array(readFileSync(await download.path())));
      const annexPage = pdf.lines.find((lines) => lines.some((l) => l.text === '附件'))!;
      const texts = annexPage.map((l) => l.text).join('\n');
      expect(annexPage.map((l) => l.text)).toEqual(expect.arrayContaining(['附件', '主要数据对比表']));
      // The row of 行政应诉案件数: its unit, last year's 2, this year's 3 and the change, cell by cell.
      expect(texts).toContain('行政应诉案件数\n件\n2\n3\n↑50%');
      expect(pdf.lines.indexOf(annexPage)).toBeGreaterThan(0);
    }
    await page.close();
  });
});
