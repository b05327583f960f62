import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TReport, TSection } from '@/lib/report/schema';
import { startAppServer, type TAppServer, TEST_UNIT } from '../support/app-server';
import { launchChromium } from '../support/browser';
import { paragraphs, readDocx } from '../support/docx-xml';
import { savedAfter, waitForFocus } from '../support/page-state';
import { e2ePort } from '../support/ports';
import { tempDbPath } from '../support/temp-db';

const PORT = e2ePort(3117);
const dbFile = tempDbPath();
let server: TAppServer;
let browser: Browser;
let page: Page;

const FORM = { unit: '重庆市南岸区龙门浩街道办事处', unitKind: '街道', year: 2025, recipient: '区委、区人民政府' };

/**
 * A report as the 新建报告 form makes it for 龙门浩街道, then changed by `change` and saved: every test
 * starts from a report of its own instead of what the test before it left behind.
 */
async function createReport(change?: (report: TReport) => void): Promise<string> {
  const created = await server.fetch(`/api/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ from: 'form', input: FORM }) });
  const { id } = (await created.json()) as { id: string };
  if (change) {
    const report = (await (await server.fetch(`/api/reports/${id}`)).json()) as TReport;
    change(report);
    const saved = await server.fetch(`/api/reports/${id}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ version: 1, report }) });
    expect(saved.status).toBe(200);
  }
  return id;
}

let nextId = 0;
function sectionOf(heading: string, body: string, children: TSection[] = []): TSection {
  return { id: `s${(nextId += 1)}`, heading, body, children };
}

/** Part 一 as the part 一 test builds it in the browser. */
const measures = () => [
  sectionOf('依法全面履行政府职能', '梳理权责事项186项。'),
  sectionOf('深入学习贯彻习近平法治思想', '全年开展专题学习6次。', [sectionOf('领导干部带头学法', '党政主要负责人带头讲法治课1次。')]),
];

/** Part 四 as the part tests leave it, before the IME test adds 法治. */
const plans = () => [sectionOf('2026年工作安排', '开展执法人员全员轮训。')];

/** The report the wizard tests build step by step, all five parts done: what the .docx test downloads. */
function finished(report: TReport): void {
  report.date = '2026-03-04';
  report.titleLines = ['龙门浩街道办事处关于2025年', '法治政府建设情况的报告'];
  report.parts.measures = { sections: measures(), none: false, done: true };
  report.parts.shortcomings = { sections: [sectionOf('存在的不足和原因', '执法人员专业知识不足，原因是培训不够系统。')], none: false, done: true };
  report.parts.leadership = { sections: [sectionOf('党政主要负责人履行第一责任人职责情况', '街道党工委书记主持召开专题会议4次。')], none: false, done: true };
  report.parts.plans = { sections: [sectionOf('2026年工作安排', '开展执法人员全员轮训。法治')], none: false, done: true };
  report.parts.other = { sections: [], none: true, done: true };
}

async function storedReport(reportId: string) {
  const response = await server.fetch(`/api/reports/${reportId}`);
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

/** 添加一节 (or a suggested topic, or 添加下一级小节) and wait for the focus the editor gives the new section. */
async function addSection(button: Locator, focusTo: Locator) {
  await button.click();
  await waitForFocus(focusTo);
}

beforeAll(async () => {
  server = await startAppServer(PORT, dbFile);
  browser = await launchChromium(server);
});

// A fresh page per test: no test inherits another's URL, focus, open dialog or autosave in flight.
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
});

afterEach(async () => {
  await page?.context().close();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the five-part wizard in Chromium', () => {
  it('starts from an empty list with the clerk’s unit filled in, refuses an empty unit with a focused error summary, then creates a report', async () => {
    for (const { id } of (await (await server.fetch(`/api/reports`)).json()) as Array<{ id: string }>) {
      await server.fetch(`/api/reports/${id}`, { method: 'DELETE' });
    }
    await page.goto(server.url);
    await expect.poll(() => page.getByText('年报帮助乡镇（街道）').isVisible()).toBe(true);
    await page.getByRole('link', { name: '新建报告' }).click();
    await page.waitForURL(/\/reports\/new$/);
    // The clerk's own unit comes filled in; emptied, it is refused.
    expect(await page.getByLabel('单位全称').inputValue()).toBe(TEST_UNIT.name);
    await page.getByLabel('单位全称').fill('');
    await page.getByRole('button', { name: '创建报告' }).click();
    const summary = page.getByRole('alert').filter({ hasText: '存在问题' });
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await summary.getByRole('link', { name: '请填写单位全称' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('unit');

    await page.getByLabel('单位全称').fill('重庆市南岸区龙门浩街道办事处');
    // A unit in a 区 reports to the 区, whatever the kind chosen so far.
    await expect.poll(() => page.getByLabel('主送机关').inputValue()).toBe('区委、区人民政府');
    await page.getByLabel('街道').check();
    await expect.poll(() => page.getByLabel('主送机关').inputValue()).toBe('区委、区人民政府');
    await expect.poll(() => page.getByTestId('proposed-title').textContent()).toBe(`龙门浩街道办事处关于${new Date().getFullYear() - 1}年法治政府建设情况的报告`);
    await page.getByLabel('报告年度').fill('2025');
    await page.getByRole('button', { name: '创建报告' }).click();
    await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
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
      '主要数据',
      '检查并下载',
    ]);
    expect(rows[1]).toContain('未开始');
    expect(rows[6]).toContain('未开始');
    expect(rows[7]).toContain('暂不能开始');
  });

  it('fills 基本信息 with a date shown as it will print, and marks the task 已完成', async () => {
    const reportId = await createReport();
    await page.goto(`${server.url}/reports/${reportId}`);
    await openTask('基本信息');
    expect(await page.getByTestId('title-lines').locator('div').allTextContents()).toEqual(['龙门浩街道办事处关于', '2025年法治政府建设情况的报告']);
    await page.getByRole('button', { name: '调整换行' }).click();
    await page.getByLabel('调整换行：每行一段，文字须与标题一致').fill('龙门浩街道办事处关于2025年\n法治政府建设情况的报告');
    await expect.poll(() => page.getByTestId('title-lines').locator('div').allTextContents()).toEqual(['龙门浩街道办事处关于2025年', '法治政府建设情况的报告']);
    await page.getByLabel('成文日期').fill('2026-03-04');
    await expect.poll(() => page.getByTestId('date-preview').textContent()).toBe('印为：2026年3月4日');
    await page.getByRole('button', { name: '保存并返回' }).click();
    await page.waitForURL(new RegExp(`/reports/${reportId}$`));
    expect(await page.getByTestId('task-list').locator('li').first().innerText()).toContain('已完成');
    expect(await storedReport(reportId)).toMatchObject({ date: '2026-03-04', titleLines: ['龙门浩街道办事处关于2025年', '法治政府建设情况的报告'] });
  });

  it('builds part 一 from suggested sub-topics and sub-sections, numbered from the structure and reordered by keyboard', async () => {
    const reportId = await createReport();
    await page.goto(`${server.url}/reports/${reportId}`);
    await openTask('一、主要举措和成效');
    expect(await page.getByTestId('part-caption').textContent()).toBe('第一部分 / 共五部分');
    await addSection(page.getByRole('button', { name: '＋ 深入学习贯彻习近平法治思想' }), section(0).getByLabel('正文（每行一段）').first());
    await page.keyboard.type('全年开展专题学习6次。');
    await addSection(section(0).getByRole('button', { name: /添加三级小节/ }), section(0).getByLabel('三级小标题'));
    await page.keyboard.type('领导干部带头学法');
    await page.keyboard.press('Enter');
    await waitForFocus(section(0).getByLabel('正文（每行一段）').nth(1));
    await page.keyboard.type('党政主要负责人带头讲法治课1次。');
    await addSection(page.getByRole('button', { name: '＋ 依法全面履行政府职能' }), section(1).getByLabel('正文（每行一段）').first());
    await page.keyboard.type('梳理权责事项186项。');
    await expect.poll(() => page.getByTestId('section-label').allTextContents()).toEqual(['（一）', '1.', '（二）']);

    await section(1).getByLabel('二级小标题').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => section(0).getByLabel('二级小标题').inputValue()).toBe('依法全面履行政府职能');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('依法全面履行政府职能');
    await expect.poll(() => page.getByTestId('part-chars').textContent()).not.toBe('0');

    await page.getByLabel('是', { exact: true }).check();
    await page.getByRole('button', { name: '继续' }).click();
    await page.waitForURL(new RegExp(`/reports/${reportId}$`));
    const stored = (await storedReport(reportId)).parts.measures!;
    expect(stored.done).toBe(true);
    expect(stored.sections.map((s) => s.heading)).toEqual(['依法全面履行政府职能', '深入学习贯彻习近平法治思想']);
    expect(stored.sections[1]!.children).toEqual([expect.objectContaining({ heading: '领导干部带头学法', body: '党政主要负责人带头讲法治课1次。' })]);
    expect(await page.getByTestId('task-list').locator('li').nth(1).innerText()).toContain('已完成');
  });

  it('will not mark an empty part done, and links the error to where to start', async () => {
    const reportId = await createReport();
    await page.goto(`${server.url}/reports/${reportId}`);
    await openTask(/^三、党政主要负责人/);
    await page.getByLabel('是', { exact: true }).check();
    await page.getByRole('button', { name: '继续' }).click();
    const summary = page.getByRole('alert').filter({ hasText: '存在问题' });
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.innerText()).toContain('本部分还没有内容：请至少添加一节并填写');
    // The error's link lands on the first way to add content: the first suggested topic.
    await summary.getByRole('link', { name: /本部分还没有内容/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('add-first');
    expect(await page.locator('#add-first').textContent()).toMatch(/^＋ /);
  });

  it('fills the other parts, answers 五 with 无, and deletes and restores a section', async () => {
    // 基本信息 and part 一 as their own tests leave them: this test adds the rest.
    const reportId = await createReport((report) => {
      report.date = '2026-03-04';
      report.parts.measures = { sections: measures(), none: false, done: true };
    });
    await page.goto(`${server.url}/reports/${reportId}`);
    const parts: Array<[RegExp, string, string]> = [
      [/^三、党政主要负责人/, '党政主要负责人履行第一责任人职责情况', '街道党工委书记主持召开专题会议4次。'],
      [/^二、存在的不足和原因/, '存在的不足和原因', '执法人员专业知识不足，原因是培训不够系统。'],
      [/^四、下一年度主要安排/, '2026年工作安排', '开展执法人员全员轮训。'],
    ];
    for (const [task, heading, body] of parts) {
      await openTask(task);
      await addSection(page.getByRole('button', { name: '添加一节' }), section(0).getByLabel('二级小标题'));
      await page.keyboard.type(heading);
      await page.keyboard.press('Enter');
      await waitForFocus(section(0).getByLabel('正文（每行一段）'));
      await page.keyboard.type(body);
      if (heading === '存在的不足和原因') {
        await section(0).getByRole('button', { name: /^删除/ }).click();
        await expect.poll(() => page.getByTestId('section').count()).toBe(0);
        await page.getByRole('button', { name: '撤销删除' }).click();
        await expect.poll(() => section(0).getByLabel('二级小标题').inputValue()).toBe(heading);
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
    const stored = await storedReport(reportId);
    expect(stored.parts.other).toMatchObject({ none: true, done: true });
    expect(stored.parts.shortcomings!.sections).toEqual([expect.objectContaining({ heading: '存在的不足和原因', body: '执法人员专业知识不足，原因是培训不够系统。' })]);
  });

  it('never saves pinyin while an IME composition is open, and saves the committed characters', async () => {
    const reportId = await createReport((report) => {
      report.parts.plans.sections = plans();
    });
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PUT') sent.push(request.postData() ?? '');
    });
    // The page's timers run on a clock the test can move: the autosave's debounce is run out while the
    // composition is open, instead of sleeping and hoping a slow machine got there.
    await page.clock.install();
    await page.goto(`${server.url}/reports/${reportId}/parts/plans`);
    const body = section(0).getByLabel('正文（每行一段）');
    await body.click();
    await page.keyboard.press('End');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'fazhi', selectionStart: 5, selectionEnd: 5 });
    expect(await body.inputValue()).toBe('开展执法人员全员轮训。fazhi');
    await page.clock.runFor(10_000);
    await cdp.send('Input.insertText', { text: '法治' });
    await expect.poll(async () => (await storedReport(reportId)).parts.plans!.sections[0]!.body).toBe('开展执法人员全员轮训。法治');
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.filter((s) => s.includes('fazhi'))).toEqual([]);
    expect(JSON.stringify((await storedReport(reportId)).parts.plans)).not.toContain('fazhi');
  });

  it('keeps every word through a reload and a server restart', async () => {
    const reportId = await createReport((report) => {
      report.parts.measures = { sections: measures(), none: false, done: true };
      report.parts.plans.sections = plans();
    });
    await page.goto(`${server.url}/reports/${reportId}/parts/plans`);
    const body = section(0).getByLabel('正文（每行一段）');
    await savedAfter(page, reportId, '开展执法人员全员轮训。法治', async () => {
      await body.click();
      await page.keyboard.press('End');
      await page.keyboard.type('法治');
    });
    await page.reload();
    expect(await section(0).getByLabel('正文（每行一段）').inputValue()).toBe('开展执法人员全员轮训。法治');
    await server.stop();
    server = await startAppServer(PORT, dbFile);
    await page.goto(`${server.url}/reports/${reportId}/parts/measures`);
    expect(await section(0).getByLabel('二级小标题').inputValue()).toBe('依法全面履行政府职能');
    expect(await page.getByTestId('section-label').allTextContents()).toEqual(['（一）', '（二）', '1.']);
    await page.goto(`${server.url}/reports/${reportId}/parts/plans`);
    expect(await section(0).getByLabel('正文（每行一段）').inputValue()).toBe('开展执法人员全员轮训。法治');
  });

  it('downloads a .docx named after the title, the five parts its level-1 headings', async () => {
    const reportId = await createReport(finished);
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
      '一、2025年推进法治政府建设的主要举措和成效',
      '（一）依法全面履行政府职能',
      '梳理权责事项186项。',
      '（二）深入学习贯彻习近平法治思想',
      '全年开展专题学习6次。',
      '1.领导干部带头学法',
      '党政主要负责人带头讲法治课1次。',
      '二、2025年推进法治政府建设存在的不足和原因',
      '（一）存在的不足和原因',
      '执法人员专业知识不足，原因是培训不够系统。',
      '三、2025年党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
      '（一）党政主要负责人履行第一责任人职责情况',
      '街道党工委书记主持召开专题会议4次。',
      '四、2026年推进法治政府建设的主要安排',
      '（一）2026年工作安排',
      '开展执法人员全员轮训。法治',
      '五、其他需要报告的情况',
      '无。',
      '重庆市南岸区龙门浩街道办事处',
      '2026年3月4日',
    ]);
  });
});
