import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type TAppServer } from '../support/app-server';
import { launchChromium } from '../support/browser';
import { paragraphs, readDocx } from '../support/docx-xml';
import { e2ePort } from '../support/ports';
import { tempDbPath } from '../support/temp-db';

const PORT = e2ePort(3117);
const dbFile = tempDbPath();
let server: TAppServer;
let browser: Browser;
let page: Page;
let reportId = '';

async function storedReport() {
  const response = await fetch(`${server.url}/api/reports/${reportId}`);
  return (await response.json()) as {
    parts: Record<string, { sections: Array<{ heading: string; body: string; children: Array<{ heading: string; body: string }> }>; none: boolean; done: boolean }>;
    date: string;
    titleLines?: string[];
  };
}

function section(n: number) {
  return page.getByTestId('section').and(page.locator('[data-level="1"]')).nth(n);
}

async function openTask(name: RegExp | string) {
  const from = page.url();
  await page.getByRole('link', { name }).click();
  await page.waitForURL((url) => url.toString() !== from);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

beforeAll(async () => {
  server = await startAppServer(PORT, dbFile);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the five-part wizard in Chromium', () => {
  it('starts from an empty list, refuses an empty unit with a focused error summary, then creates a report', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.getByText('年报帮助乡镇（街道）').isVisible()).toBe(true);
    await page.getByRole('link', { name: '新建报告' }).click();
    await page.getByRole('button', { name: '创建报告' }).click();
    const summary = page.getByRole('alert').filter({ hasText: '存在问题' });
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await summary.getByRole('link', { name: '请填写单位全称' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('unit');

    await page.getByLabel('单位全称').fill('重庆市南岸区龙门浩街道办事处');
    await page.getByLabel('街道').check();
    expect(await page.getByLabel('主送机关').inputValue()).toBe('区委、区人民政府');
    expect(await page.getByTestId('proposed-title').textContent()).toBe(`龙门浩街道办事处关于${new Date().getFullYear() - 1}年法治政府建设情况的报告`);
    await page.getByLabel('报告年度').fill('2025');
    await page.getByRole('button', { name: '创建报告' }).click();
    await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    reportId = page.url().split('/').at(-1)!;
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('龙门浩街道办事处关于2025年法治政府建设情况的报告');
    expect(await page.getByTestId('deadlines').textContent()).toContain('报送截止 2026年3月1日');
    const rows = await page.getByTestId('task-list').locator('li').allInnerTexts();
    expect(rows.map((r) => r.split('\n')[0])).toEqual([
      '基本信息',
      '一、主要举措和成效',
      '二、存在的不足和原因',
      '三、党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况',
      '四、下一年度主要安排',
      '五、其他需要报告的情况',
      '检查并下载',
    ]);
    expect(rows[1]).toContain('未开始');
    expect(rows[6]).toContain('暂不能开始');
  });

  it('fills 基本信息 with a date shown as it will print, and marks the task 已完成', async () => {
    await openTask('基本信息');
    expect(await page.getByTestId('title-lines').locator('div').allTextContents()).toEqual(['龙门浩街道办事处关于', '2025年法治政府建设情况的报告']);
    await page.getByRole('button', { name: '调整换行' }).click();
    await page.getByLabel('调整换行：每行一段，文字须与标题一致').fill('龙门浩街道办事处关于2025年\n法治政府建设情况的报告');
    expect(await page.getByTestId('title-lines').locator('div').allTextContents()).toEqual(['龙门浩街道办事处关于2025年', '法治政府建设情况的报告']);
    await page.getByLabel('成文日期').fill('2026-03-04');
    expect(await page.getByTestId('date-preview').textContent()).toBe('印为：2026年3月4日');
    await page.getByRole('button', { name: '保存并返回' }).click();
    await page.waitForURL(new RegExp(`/reports/${reportId}$`));
    expect(await page.getByTestId('task-list').locator('li').first().innerText()).toContain('已完成');
    expect(await storedReport()).toMatchObject({ date: '2026-03-04', titleLines: ['龙门浩街道办事处关于2025年', '法治政府建设情况的报告'] });
  });

  it('builds part 一 from suggested sub-topics and sub-sections, numbered from the structure and reordered by keyboard', async () => {
    await openTask('一、主要举措和成效');
    expect(await page.getByTestId('part-caption').textContent()).toBe('第一部分 / 共五部分');
    await page.getByRole('button', { name: '＋ 深入学习贯彻习近平法治思想' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.type('全年开展专题学习6次。');
    await section(0).getByRole('button', { name: /添加下一级小节/ }).click();
    await page.keyboard.type('领导干部带头学法');
    await page.keyboard.press('Enter');
    await page.keyboard.type('党政主要负责人带头讲法治课1次。');
    await page.getByRole('button', { name: '＋ 依法全面履行政府职能' }).click();
    await page.keyboard.type('梳理权责事项186项。');
    expect(await page.getByTestId('section-label').allTextContents()).toEqual(['一、', '（一）', '二、']);

    await section(1).getByLabel('一级小标题').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => section(0).getByLabel('一级小标题').inputValue()).toBe('依法全面履行政府职能');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('依法全面履行政府职能');
    await expect.poll(() => page.getByTestId('part-chars').textContent()).not.toBe('0');

    await page.getByLabel('是', { exact: true }).check();
    await page.getByRole('button', { name: '继续' }).click();
    await page.waitForURL(new RegExp(`/reports/${reportId}$`));
    const measures = (await storedReport()).parts.measures!;
    expect(measures.done).toBe(true);
    expect(measures.sections.map((s) => s.heading)).toEqual(['依法全面履行政府职能', '深入学习贯彻习近平法治思想']);
    expect(measures.sections[1]!.children).toEqual([expect.objectContaining({ heading: '领导干部带头学法', body: '党政主要负责人带头讲法治课1次。' })]);
    expect(await page.getByTestId('task-list').locator('li').nth(1).innerText()).toContain('已完成');
  });

  it('will not mark an empty part done, and links the error to where to start', async () => {
    await openTask(/^三、党政主要负责人/);
    await page.getByLabel('是', { exact: true }).check();
    await page.getByRole('button', { name: '继续' }).click();
    const summary = page.getByRole('alert').filter({ hasText: '存在问题' });
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.innerText()).toContain('本部分还没有内容：请至少添加一节并填写');
  });

  it('fills the other parts, answers 五 with 无, and deletes and restores a section', async () => {
    const parts: Array<[RegExp, string, string]> = [
      [/^三、党政主要负责人/, '党政主要负责人履行第一责任人职责情况', '街道党工委书记主持召开专题会议4次。'],
      [/^二、存在的不足和原因/, '存在的不足和原因', '执法人员专业知识不足，原因是培训不够系统。'],
      [/^四、下一年度主要安排/, '2026年工作安排', '开展执法人员全员轮训。'],
    ];
    for (const [task, heading, body] of parts) {
      if (!page.url().includes('/parts/')) await openTask(task);
      await page.getByRole('button', { name: '添加一节' }).click();
      await page.keyboard.type(heading);
      await page.keyboard.press('Enter');
      await page.keyboard.type(body);
      if (heading === '存在的不足和原因') {
        await section(0).getByRole('button', { name: /^删除/ }).click();
        expect(await page.getByTestId('section').count()).toBe(0);
        await page.getByRole('button', { name: '撤销删除' }).click();
        expect(await section(0).getByLabel('一级小标题').inputValue()).toBe(heading);
      }
      await page.getByLabel('是', { exact: true }).check();
      await page.getByRole('button', { name: '继续' }).click();
      await page.waitForURL(new RegExp(`/reports/${reportId}$`));
    }
    await openTask('五、其他需要报告的情况');
    await page.getByLabel('本部分没有需要报告的情况（报告中写“无”）').check();
    await page.getByLabel('是', { exact: true }).check();
    await page.getByRole('button', { name: '继续' }).click();
    await page.waitForURL(new RegExp(`/reports/${reportId}$`));
    const statuses = await page.getByTestId('task-list').locator('li').allInnerTexts();
    expect(statuses.slice(0, 6).every((s) => s.includes('已完成'))).toBe(true);
    expect((await storedReport()).parts.other).toMatchObject({ none: true, done: true });
  });

  it('never saves pinyin while an IME composition is open, and saves the committed characters', async () => {
    await openTask('四、下一年度主要安排');
    const body = section(0).getByLabel('正文（每行一段）');
    await body.click();
    await page.keyboard.press('End');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'fazhi', selectionStart: 5, selectionEnd: 5 });
    expect(await body.inputValue()).toBe('开展执法人员全员轮训。fazhi');
    await new Promise((r) => setTimeout(r, 1500));
    expect(JSON.stringify((await storedReport()).parts.plans)).not.toContain('fazhi');
    await cdp.send('Input.insertText', { text: '法治' });
    await expect.poll(async () => (await storedReport()).parts.plans!.sections[0]!.body, { timeout: 10_000 }).toBe('开展执法人员全员轮训。法治');
  });

  it('keeps every word through a reload and a server restart', async () => {
    await page.reload();
    expect(await section(0).getByLabel('正文（每行一段）').inputValue()).toBe('开展执法人员全员轮训。法治');
    await server.stop();
    server = await startAppServer(PORT, dbFile);
    await page.goto(`${server.url}/reports/${reportId}/parts/measures`);
    expect(await section(0).getByLabel('一级小标题').inputValue()).toBe('依法全面履行政府职能');
    expect(await page.getByTestId('section-label').allTextContents()).toEqual(['一、', '二、', '（一）']);
  });

  it('downloads a .docx named after the title, holding the five parts in order', async () => {
    await page.goto(`${server.url}/reports/${reportId}/check`);
    expect(await page.getByTestId('download-docx').count()).toBe(0);
    await page.getByLabel(/我确认本报告已经过保密审查/).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-docx').click()]);
    expect(download.suggestedFilename()).toBe('龙门浩街道办事处关于2025年法治政府建设情况的报告.docx');
    const file = join(mkdtempSync(join(tmpdir(), 'nianbao-dl-')), 'report.docx');
    await download.saveAs(file);
    const texts = paragraphs((await readDocx(readFileSync(file))).document).map((p) => p.text).filter(Boolean);
    expect(texts).toEqual([
      '龙门浩街道办事处关于2025年法治政府建设情况的报告',
      '区委、区人民政府：',
      expect.stringMatching(/^2025年，我街道在区委、区人民政府的坚强领导下.*报告如下：$/),
      '一、依法全面履行政府职能',
      '梳理权责事项186项。',
      '二、深入学习贯彻习近平法治思想',
      '全年开展专题学习6次。',
      '（一）领导干部带头学法',
      '党政主要负责人带头讲法治课1次。',
      '三、存在的不足和原因',
      '执法人员专业知识不足，原因是培训不够系统。',
      '四、党政主要负责人履行第一责任人职责情况',
      '街道党工委书记主持召开专题会议4次。',
      '五、2026年工作安排',
      '开展执法人员全员轮训。法治',
      '六、其他需要报告的情况',
      '无。',
      '重庆市南岸区龙门浩街道办事处',
      '2026年3月4日',
    ]);
  });
});
