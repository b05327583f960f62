import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { appWithBrowser } from '../support/app-with-browser';
import { loadSample } from '../support/sample';
import { e2ePort } from '../support/ports';

const app = appWithBrowser(e2ePort(3119));

async function create(report: unknown): Promise<string> {
  const response = await app.server.fetch(`/api/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ from: 'report', report }) });
  return ((await response.json()) as { id: string }).id;
}

describe('预览 and the two downloads', () => {
  it('shows A4 pages with page numbers, and prints exactly those pages on A4', async () => {
    const id = await create(loadSample());
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${app.server.url}/reports/${id}/preview`);
    const sheets = page.getByTestId('preview-page');
    const count = await sheets.count();
    expect(count).toBeGreaterThan(5);
    expect(await page.getByTestId('page-count').textContent()).toBe(`共 ${count} 页`);
    expect(await page.getByTestId('page-number').allTextContents()).toEqual(Array.from({ length: count }, (_, i) => `— ${i + 1} —`));
    const firstLines = await sheets.first().locator('[data-kind="title"]').allTextContents();
    expect(firstLines).toEqual(['青石镇人民政府关于', '2025年法治政府建设情况的报告']);
    const box = await sheets.first().boundingBox();
    expect(Math.abs(box!.height / box!.width - 297 / 210)).toBeLessThan(0.01);

    const pdf = join(mkdtempSync(join(tmpdir(), 'nianbao-print-')), 'print.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(count);
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    await page.close();
  });

  it('offers the 草稿 at any time and holds back the 正式稿 while a part is missing, saying why', async () => {
    const report = loadSample();
    report.parts.leadership.sections = [];
    const id = await create(report);
    const page = await app.browser.newPage();
    await page.goto(`${app.server.url}/reports/${id}/check`);
    expect(await page.getByRole('button', { name: '下载正式稿' }).isDisabled()).toBe(true);
    expect(await page.locator('#final-blocked').textContent()).toContain('1 处错误');
    const summary = page.getByRole('alert').filter({ hasText: '存在问题' });
    expect(await summary.innerText()).toContain('“党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况”还没有内容');
    expect(await summary.getByRole('link').first().getAttribute('href')).toBe(`/reports/${id}/parts/leadership?from=check#add-first`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-draft').click()]);
    expect(download.suggestedFilename()).toBe('青石镇人民政府关于2025年法治政府建设情况的报告（草稿）.docx');
    const refused = await app.server.fetch(`/api/reports/${id}/docx`);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { message: string }).message).toMatch(/^正式稿暂不能下载：/);
    await page.close();
  });
});
