import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type TAppServer } from '../support/app-server';
import { launchChromium } from '../support/browser';
import { e2ePort } from '../support/ports';
import { tempDbPath } from '../support/temp-db';

let server: TAppServer;
let browser: Browser;

beforeAll(async () => {
  server = await startAppServer(e2ePort(3143), tempDbPath(), {}, { setUp: false });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const TOWN = '重庆市巴南区东温泉镇人民政府';
const STREET = '重庆市巴南区龙洲湾街道办事处';
const csv = (text: string) => ({ name: '表格.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

/** Once the page that has loaded takes clicks: on a busy machine a click before React has hydrated it is
 * the browser's own (a form submitted natively, a full page load) instead of the app's. */
const interactive = (page: Page) => page.waitForSelector('html[data-hydrated]', { state: 'attached' });

/** A person's own browser, signed in through the sign-in page; confirmations are accepted. */
async function signedIn(login: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${server.url}/`);
  await page.waitForURL(/\/sign-in\?next=/);
  await page.getByLabel('登录名').fill(login);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('user-bar').waitFor();
  await interactive(page);
  return page;
}

async function draftAndSubmit(page: Page): Promise<string> {
  await page.getByRole('button', { name: '从示例开始' }).click();
  await page.waitForURL(/\/reports\/[^/]+$/);
  const id = new URL(page.url()).pathname.split('/')[2]!;
  await page.goto(`${server.url}/reports/${id}/check`);
  await page.getByTestId('submit-panel').getByRole('button', { name: '报送' }).click();
  await page.getByTestId('status-banner').filter({ hasText: '已报送' }).waitFor();
  return id;
}

describe('a county on one server, from 初始设置 to the collected reports', () => {
  it('sets up, adds units and people, has two units report, returns one, takes it back corrected and collects both', async () => {
    // 初始设置 on first start: the administrator and the first unit.
    const admin = await (await browser.newContext()).newPage();
    await admin.goto(`${server.url}/`);
    await admin.waitForURL(/\/setup$/);
    await admin.getByLabel('姓名').fill('区司法局管理员');
    await admin.getByLabel('登录名').fill('county.admin');
    await admin.getByLabel('密码', { exact: true }).fill('admin-pass-1');
    await admin.getByLabel('再次输入密码').fill('admin-pass-1');
    await admin.getByLabel('单位全称').fill('重庆市巴南区司法局');
    await admin.getByLabel('县级部门').check();
    await admin.getByLabel('上级（县、区）').fill('巴南区');
    await admin.getByRole('button', { name: '完成设置' }).click();
    await admin.getByTestId('user-bar').waitFor();
    await interactive(admin);

    // Two units, a reviewer and a clerk for each, from spreadsheets.
    await admin.getByRole('link', { name: '管理' }).click();
    await admin.waitForURL(/\/admin$/);
    await interactive(admin);
    await admin.getByLabel('从表格添加单位').setInputFiles(csv(`单位全称,类型,上级\n${TOWN},镇,巴南区\n${STREET},街道,巴南区\n`));
    await admin.getByRole('button', { name: '上传并添加' }).first().click();
    await admin.getByText('已添加 2 个单位。').waitFor();
    await admin.getByLabel('从表格添加账号').setInputFiles(
      csv(`登录名,姓名,密码,单位,角色\nzhang.town,张镇填报,town-pass-1,${TOWN},\nli.street,李街道填报,street-pass-1,${STREET},\nzhao.review,赵审核,review-pass-1,,审核人\n`),
    );
    await admin.getByRole('button', { name: '上传并添加' }).nth(1).click();
    await admin.getByText('已添加 3 个账号。').waitFor();

    // Each unit's clerk drafts and submits.
    const town = await signedIn('zhang.town', 'town-pass-1');
    const street = await signedIn('li.street', 'street-pass-1');
    const townReport = await draftAndSubmit(town);
    const streetReport = await draftAndSubmit(street);

    // The reviewer sees both on the dashboard, returns the town's with a comment and accepts the street's.
    const reviewer = await signedIn('zhao.review', 'review-pass-1');
    await reviewer.getByRole('link', { name: '汇总' }).click();
    await reviewer.getByTestId('dashboard').waitFor();
    expect(await reviewer.getByTestId('dashboard-summary').textContent()).toContain('已报送 2');
    await reviewer.getByRole('link', { name: TOWN }).click();
    const panel = reviewer.getByTestId('reviewer-panel');
    await panel.getByLabel('针对', { exact: true }).selectOption({ label: '存在的不足和原因' });
    await panel.getByLabel('批注内容').fill('请补充原因分析。');
    await panel.getByRole('button', { name: '添加批注' }).click();
    await reviewer.getByTestId('comment').waitFor();
    await panel.getByLabel('退回理由').fill('第二部分原因分析不够具体。');
    await panel.getByRole('button', { name: '退回修改' }).click();
    await reviewer.getByTestId('status-banner').filter({ hasText: '退回修改' }).waitFor();
    await reviewer.goto(`${server.url}/reports/${streetReport}/preview`);
    await reviewer.getByTestId('reviewer-panel').getByRole('button', { name: '通过' }).click();
    await reviewer.getByTestId('status-banner').filter({ hasText: '已通过' }).waitFor();

    // The town's clerk resolves the comment, corrects the part and submits again.
    await town.goto(`${server.url}/`);
    expect(await town.getByTestId('report-status').first().textContent()).toBe('退回修改');
    await town.goto(`${server.url}/reports/${townReport}/parts/shortcomings`);
    await town.getByTestId('comment').getByRole('button', { name: /标记为已解决/ }).click();
    await town.getByTestId('comment').and(town.locator('[data-resolved="true"]')).waitFor();
    await town.getByLabel('正文（每行一段）').first().fill('原因在于镇级法治工作力量不足。');
    await expect.poll(() => town.getByTestId('save-status').textContent()).toBe('已保存');
    await town.goto(`${server.url}/reports/${townReport}/figures`);
    await town.getByLabel('行政复议案件数').fill('5');
    await town.getByRole('button', { name: '保存并返回' }).click();
    await town.waitForURL(new RegExp(`/reports/${townReport}$`));
    await town.goto(`${server.url}/reports/${townReport}/check`);
    await town.getByTestId('submit-panel').getByRole('button', { name: '报送' }).click();
    await town.getByTestId('status-banner').filter({ hasText: '已报送' }).waitFor();

    // Accepted, then both collected as one zip, named by unit.
    await reviewer.goto(`${server.url}/reports/${townReport}/preview`);
    await reviewer.getByTestId('reviewer-panel').getByRole('button', { name: '通过' }).click();
    await reviewer.getByTestId('status-banner').filter({ hasText: '已通过' }).waitFor();
    await reviewer.getByRole('link', { name: '汇总' }).click();
    const [download] = await Promise.all([reviewer.waitForEvent('download'), reviewer.getByRole('link', { name: /下载全部已通过的报告（.zip，2 份）/ }).click()]);
    const zip = await JSZip.loadAsync(await readFile(await download.path()));
    expect(Object.keys(zip.files).map((name) => name.split('-')[0]).sort()).toEqual([TOWN, STREET].sort());

    // 主要数据汇总: one indicator across the county, its total, a chart drawn on the server, the export.
    await reviewer.getByRole('link', { name: '主要数据汇总' }).click();
    await reviewer.waitForURL(/\/county\/figures/);
    await reviewer.getByLabel('指标').selectOption({ label: '行政复议案件数（件）' });
    await reviewer.getByRole('button', { name: '查看' }).click();
    await reviewer.waitForURL(/indicator=reconsideration-cases/);
    const figureRow = (unit: string) => reviewer.getByTestId('figure-row').filter({ hasText: unit }).locator('td').nth(2);
    expect(await figureRow(TOWN).textContent()).toBe('5件');
    expect(await figureRow(STREET).textContent()).toBe('—');
    expect(await reviewer.getByTestId('figure-total').textContent()).toBe('5件');
    expect(await reviewer.getByTestId('figure-chart').locator('svg').count()).toBe(1);
    const [csvDownload] = await Promise.all([reviewer.waitForEvent('download'), reviewer.getByRole('link', { name: '导出 CSV' }).click()]);
    const csvText = await readFile(await csvDownload.path(), 'utf8');
    expect(csvText).toContain(`${TOWN},镇,已通过,5,,`);
    expect(csvText).toContain('合计,,,5,,');

    // The street puts its accepted report online: 保密审查 on record, the web version copied, publication
    // recorded; the reviewer sees it on the dashboard with its link.
    await street.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await street.goto(`${server.url}/reports/${streetReport}/check`);
    await street.getByRole('link', { name: '网页公开版' }).click();
    await street.waitForURL(/\/publish$/);
    await street.getByLabel(/我确认本报告已经过保密审查/).check();
    await street.getByRole('button', { name: '确认并生成网页公开版' }).click();
    await expect.poll(() => street.getByTestId('secrecy-record').textContent()).toMatch(/^保密审查：.+于 .+ 确认（第 \d+ 版）。$/);
    expect(await street.getByTestId('web-preview').locator('h1').textContent()).toMatch(/关于2025年法治政府建设情况的报告$/);
    await street.getByRole('button', { name: '复制纯文本' }).click();
    await expect.poll(() => street.getByTestId('copy-status').textContent()).toContain('已复制纯文本');
    expect(await street.evaluate(() => navigator.clipboard.readText())).toBe(await street.getByLabel('纯文本').inputValue());
    await street.getByLabel('公开网址').fill('https://www.cqbn.gov.cn/zwgk/2026/0320/1.html');
    await street.getByLabel('公开日期').fill('2026-03-20');
    await street.getByRole('button', { name: '登记公开' }).click();
    await expect.poll(() => street.getByText('更新公开登记').count()).toBe(1);
    await reviewer.getByRole('link', { name: '返回汇总' }).click();
    await reviewer.getByTestId('dashboard').waitFor();
    const published = reviewer.getByTestId('dashboard-row').filter({ hasText: STREET }).getByTestId('publication');
    expect(await published.textContent()).toBe('已公开（https://www.cqbn.gov.cn/zwgk/2026/0320/1.html）');
    expect(await published.getByRole('link').getAttribute('href')).toBe('https://www.cqbn.gov.cn/zwgk/2026/0320/1.html');
  });
});
