import { describe, expect, it } from 'vitest';
import { appWithBrowser } from '../support/app-with-browser';
import { loadSample } from '../support/sample';
import { e2ePort } from '../support/ports';

const app = appWithBrowser(e2ePort(3120));

describe('检查并下载 with the checks', () => {
  it('lists 提示 by part, fixes half-width punctuation in one click, and keeps a dismissal with its reason', async () => {
    const report = loadSample();
    report.parts.plans.sections[0]!.body = '全年开展专题学习不少于4次,推动学习向村(社区)延伸.';
    report.parts.measures.sections[0]!.children[0]!.body += '\n联系人手机13812345678。';
    const created = await app.server.fetch(`/api/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ from: 'report', report }) });
    const { id } = (await created.json()) as { id: string };
    const page = await app.browser.newPage();
    await page.goto(`${app.server.url}/reports/${id}/check`);
    expect(await page.getByRole('alert').filter({ hasText: '存在问题' }).count()).toBe(0);
    const hints = page.getByTestId('hint');
    expect(await hints.count()).toBe(2);

    await page.getByRole('button', { name: '一键改为全角标点' }).click();
    await expect.poll(() => hints.count()).toBe(1);
    const saved = (await (await app.server.fetch(`/api/reports/${id}`)).json()) as typeof report;
    expect(saved.parts.plans.sections[0]!.body).toBe('全年开展专题学习不少于4次，推动学习向村（社区）延伸。');

    await hints.first().getByRole('button', { name: '忽略' }).click();
    await hints.first().getByRole('button', { name: '确认忽略' }).click();
    await expect.poll(() => hints.first().innerText()).toContain('请写明忽略的理由');
    await hints.first().getByLabel('忽略的理由（会随报告保存）').fill('办公电话，已征得同意公开');
    await hints.first().getByRole('button', { name: '确认忽略' }).click();
    await expect.poll(() => hints.count()).toBe(0);
    expect(await page.getByText('已忽略的提示（1）').count()).toBe(1);
    const after = (await (await app.server.fetch(`/api/reports/${id}`)).json()) as { dismissals: Array<{ reason: string }> };
    expect(after.dismissals.map((d) => d.reason)).toEqual(['办公电话，已征得同意公开']);
    await page.close();
  });

  it('shows a finding beside its paragraph on the part page, and drops it once the text is corrected', async () => {
    const report = loadSample();
    report.parts.plans.sections[0]!.heading = '2025年法治政府建设工作安排';
    const created = await app.server.fetch(`/api/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ from: 'report', report }) });
    const { id } = (await created.json()) as { id: string };
    const page = await app.browser.newPage();
    await page.goto(`${app.server.url}/reports/${id}/parts/plans`);
    const findings = page.getByTestId('section-findings');
    expect(await findings.first().innerText()).toContain('错误：下一年度安排写成了“2025年”');
    await page.goto(`${app.server.url}/reports/${id}/check`);
    await page.getByRole('alert').filter({ hasText: '存在问题' }).getByRole('link').first().click();
    await page.waitForURL(/\/parts\/plans/);
    await expect
      .poll(() => page.evaluate(() => { const el = document.activeElement as HTMLInputElement; return el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0); }))
      .toBe('2025年');
    await page.getByLabel('二级小标题').first().fill('2026年法治政府建设工作安排');
    await expect.poll(() => findings.count()).toBe(0);
    await page.close();
  });

  it('shows 有问题 in the task list for a part with an 错误', async () => {
    const report = loadSample();
    report.parts.shortcomings.sections = [{ id: 'x', heading: '存在的不足', body: '执法队伍专业化程度不高。', children: [] }];
    const created = await app.server.fetch(`/api/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ from: 'report', report }) });
    const { id } = (await created.json()) as { id: string };
    const page = await app.browser.newPage();
    await page.goto(`${app.server.url}/reports/${id}`);
    expect(await page.getByTestId('task-list').locator('li').nth(2).innerText()).toContain('有问题');
    await page.close();
  });

  it('names a section too deep for the five-part structure, and lifts it a level in one click', async () => {
    const report = loadSample();
    const leaf = (id: string, heading: string, children: (typeof report.parts.measures.sections)[number]['children'] = []) => ({ id, heading, body: `${heading}的正文。`, children });
    report.parts.measures.sections[0]!.children = [leaf('d2', '第二级', [leaf('d3', '第三级', [leaf('d4', '过深的一节')])])];
    const created = await app.server.fetch(`/api/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ from: 'report', report }) });
    const { id } = (await created.json()) as { id: string };
    const page = await app.browser.newPage();
    await page.goto(`${app.server.url}/reports/${id}/check`);
    const summary = page.getByRole('alert').filter({ hasText: '存在问题' });
    await summary.getByRole('link', { name: /“过深的一节”.*第五级标题/ }).click();
    await page.waitForURL(/\/parts\/measures/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('h-d4');
    expect(await page.getByText('以下小节超出了公文的四级标题').count()).toBe(1);
    await page.getByRole('button', { name: /^提升一级\s*“过深的一节”$/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('h-d4');
    const stored = async () => ((await (await app.server.fetch(`/api/reports/${id}`)).json()) as typeof report).parts.measures.sections[0]!.children[0]!;
    await expect.poll(async () => (await stored()).children.map((c) => [c.heading, c.children.length])).toEqual([['第三级', 0], ['过深的一节', 0]]);
    expect(await page.getByText('以下小节超出了公文的四级标题').count()).toBe(0);
    await page.goto(`${app.server.url}/reports/${id}/check`);
    expect(await page.getByText(/第五级标题/).count()).toBe(0);
    await page.close();
  });
});
