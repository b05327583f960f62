import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appWithBrowser } from '../support/app-with-browser';
import { e2ePort } from '../support/ports';

const app = appWithBrowser(e2ePort(3121));
const file = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));

describe('导入去年的报告 in Chromium', () => {
  it('refuses a file that is a PDF in name only with a clear message, creating nothing', async () => {
    const reports = async () => (await (await app.server.fetch(`/api/reports`)).json()) as unknown[];
    const before = await reports();
    const page = await app.browser.newPage();
    await page.goto(`${app.server.url}/reports/import`);
    await page.getByLabel('上传去年的报告').setInputFiles({ name: '去年的报告.docx', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 fake') });
    await expect.poll(() => page.getByRole('alert').filter({ hasText: '存在问题' }).textContent()).toContain('无法读取这个 PDF 文件');
    expect(await reports()).toEqual(before);
    await page.close();
  });

  it('uploads a web copy, restores a dropped line, confirms, and drafts next year with 待更新 marks and last year beside each part', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${app.server.url}/`);
    await page.getByRole('link', { name: '导入去年的报告' }).click();
    await page.waitForURL(/\/reports\/import$/);
    await page.getByLabel('上传去年的报告').setInputFiles(file('seven-parts-web.txt'));
    await page.getByRole('heading', { name: '识别结果（可修改）' }).waitFor();
    expect(await page.getByLabel('报告年度（去年报告所写的年度）').inputValue()).toBe('2024');
    // Each fact says where it was found; the date reads as it will print.
    expect(await page.getByTestId('fact-unit-from').textContent()).toBe('取自标题开头。');
    expect(await page.getByTestId('fact-date-from').textContent()).toBe('即2025年2月20日。取自文末落款的日期。');
    expect(await page.getByTestId('import-layout').textContent()).toContain('小标题直接作一级标题');
    const sections = page.getByTestId('import-section');
    expect(await sections.count()).toBe(7);
    expect(await page.getByLabel('五、党政主要负责人履行推进法治建设第一责任人职责情况').inputValue()).toBe('leadership');
    expect(await page.getByTestId('empty-parts').textContent()).toContain('其他需要报告的情况');
    // A line brought back says where it went, and can be dropped again; then it is brought back for good.
    const dropped = page.getByRole('region', { name: /已去掉的网页内容/ });
    await page.getByRole('button', { name: /恢复.*来源：某县某镇人民政府/ }).click();
    await expect.poll(() => page.getByTestId('restored-line').textContent()).toBe('已恢复“来源：某县某镇人民政府”，现在是开头的一段。重新去掉“来源：某县某镇人民政府”');
    expect(await dropped.getByText('来源：某县某镇人民政府', { exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: /重新去掉/ }).click();
    await expect.poll(() => dropped.getByText('来源：某县某镇人民政府', { exact: true }).count()).toBe(1);
    expect(await page.getByTestId('restored-line').count()).toBe(0);
    await page.getByRole('button', { name: /恢复.*来源：某县某镇人民政府/ }).click();
    await expect.poll(() => page.getByTestId('restored-line').count()).toBe(1);
    await page.getByLabel('四、化解矛盾纠纷').selectOption('measures');
    await page.getByRole('button', { name: /确认，创建2025年度的报告/ }).click();
    await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('某县某镇人民政府关于2025年法治政府建设情况的报告');
    const pending = Number((await page.getByTestId('pending-updates').textContent())!.match(/(\d+)/)![1]);
    const source = await app.server.fetch(`${await page.getByRole('link', { name: '查看导入的原文' }).getAttribute('href')}`);
    expect(await source.text()).toContain('首页 > 政务公开 > 法治政府建设年度报告');
    expect(pending).toBeGreaterThan(3);

    await page.getByRole('link', { name: '一、主要举措和成效' }).click();
    await page.getByTestId('reference').waitFor();
    expect(await page.getByTestId('reference').locator('mark').first().textContent()).toMatch(/\d/);
    // The panel follows the section being edited to last year's text of it.
    await page.getByLabel('一级小标题').nth(1).focus();
    await expect.poll(() => page.getByTestId('reference').locator('[aria-current="true"]').textContent()).toBe('严格规范执法');
    await page.getByLabel('一级小标题').first().focus();
    await expect.poll(() => page.getByTestId('reference').locator('[aria-current="true"]').textContent()).toBe('加强组织领导');
    const confirm = page.getByRole('button', { name: '确认无需更新' });
    const before = await confirm.count();
    await confirm.first().click();
    await expect.poll(() => confirm.count()).toBe(before - 1);
    await page.getByRole('link', { name: '返回' }).click();
    await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    await expect.poll(async () => Number((await page.getByTestId('pending-updates').textContent())!.match(/(\d+)/)![1])).toBe(pending - 1);
    await page.close();
  });

  it('moves a 第一责任人 sub-section to its own part, says where it went, and undoes the move', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.server.url}/reports/import`);
    const text = [
      '某县某镇人民政府关于2024年法治政府建设情况的报告',
      '一、法治政府建设基本情况',
      '（一）加强组织领导',
      '镇党委书记认真履行推进法治建设第一责任人职责，主持召开专题会议4次。',
      '（二）严格规范执法',
      '全年办理行政执法案件31件。',
      '二、存在问题',
      '执法力量不足。',
      '三、下一步工作计划',
      '加强执法队伍建设。',
    ].join('\n');
    await page.getByLabel('或者粘贴文字').fill(text);
    await page.getByRole('button', { name: '识别粘贴的文字' }).click();
    await page.getByRole('heading', { name: '识别结果（可修改）' }).waitFor();
    await page.getByRole('button', { name: '移到这一部分' }).click();
    const moved = page.getByTestId('moved-section');
    await expect.poll(() => moved.textContent()).toBe('已把“加强组织领导”移出原来的一级标题，作为“党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况”的一节。撤销移动“加强组织领导”');
    expect(await page.getByTestId('empty-parts').textContent()).not.toContain('党政主要负责人');
    await moved.getByRole('button', { name: /撤销/ }).click();
    await expect.poll(() => moved.count()).toBe(0);
    expect(await page.getByRole('button', { name: '移到这一部分' }).count()).toBe(1);
    expect(await page.getByTestId('empty-parts').textContent()).toContain('党政主要负责人');
    await page.close();
  });
});
