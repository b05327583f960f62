import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signedInFetch, signIn } from '../support/app-server';
import { appWithBrowser } from '../support/app-with-browser';
import { sessionCookie } from '../support/browser';
import { e2ePort } from '../support/ports';
import { loadSample } from '../support/sample';

const app = appWithBrowser(e2ePort(3140));
const REVIEWER = { name: '县司法局李审核', login: 'li.reviewer', password: 'reviewer-pass-1' };

/** A browser context of its own, signed in as `cookie`'s person; confirm dialogs are accepted. */
async function contextAs(cookie: string | null): Promise<{ context: BrowserContext; page: Page }> {
  const context = await app.browser.newContext();
  if (cookie) await context.addCookies([sessionCookie({ url: app.server.url, cookie })]);
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  return { context, page };
}

const banner = (page: Page) => page.getByTestId('status-banner');

describe('报送, 审核, 退回 and 公开 on the report’s own pages', () => {
  it('takes a report from the clerk’s 报送 through a return with a comment, a resubmission and acceptance to 已公开, each step shown to both sides', async () => {
    const added = await app.server.fetch('/api/users', { method: 'POST', body: JSON.stringify({ ...REVIEWER, roles: ['reviewer'] }) });
    expect(added.status).toBe(201);
    const reviewerCookie = await signIn(app.server.url, REVIEWER.login, REVIEWER.password);
    const created = await app.server.fetch('/api/reports', { method: 'POST', body: JSON.stringify({ from: 'report', report: loadSample() }) });
    const { id } = (await created.json()) as { id: string };
    const clerk = await contextAs(null);
    const reviewer = await contextAs(reviewerCookie);

    // The clerk submits on the check page, by keyboard; the text is then read-only for the unit.
    await clerk.page.goto(`${app.server.url}/reports/${id}/check`);
    await banner(clerk.page).filter({ hasText: '起草中' }).waitFor();
    await clerk.page.getByTestId('submit-panel').getByRole('button', { name: '报送' }).focus();
    await clerk.page.keyboard.press('Enter');
    await banner(clerk.page).filter({ hasText: '已报送' }).waitFor();
    await expect.poll(() => banner(clerk.page).textContent()).toMatch(/已于 \d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d 由 测试管理员 报送，等待县里审核；审核前不能修改/);
    expect(await clerk.page.getByTestId('submit-panel').count()).toBe(0);
    await clerk.page.goto(`${app.server.url}/reports/${id}/parts/shortcomings`);
    await clerk.page.getByTestId('read-only-part').waitFor();
    expect(await clerk.page.getByRole('textbox').count()).toBe(0);
    const refused = await app.server.fetch(`/api/reports/${id}`, { method: 'PUT', body: JSON.stringify({ version: 1, report: loadSample() }) });
    expect(refused.status).toBe(403);

    // The reviewer reads the preview, comments on part 二 and returns the report with a reason.
    await reviewer.page.goto(`${app.server.url}/reports/${id}/preview`);
    const panel = reviewer.page.getByTestId('reviewer-panel');
    await panel.getByLabel('针对', { exact: true }).selectOption({ label: '存在的不足和原因' });
    await panel.getByLabel('针对的段落（可选）').fill('少数干部运用法治思维');
    await panel.getByLabel('批注内容').fill('原因分析太笼统，请写明具体原因。');
    await panel.getByRole('button', { name: '添加批注' }).click();
    await reviewer.page.getByTestId('comment').filter({ hasText: '原因分析太笼统' }).waitFor();
    // 退回修改 by keyboard: without a reason the summary says so and takes focus; its link leads to the field.
    await panel.getByRole('button', { name: '退回修改' }).focus();
    await reviewer.page.keyboard.press('Enter');
    await panel.getByRole('alert').filter({ hasText: '请写明退回的理由' }).waitFor();
    await expect.poll(() => reviewer.page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    await reviewer.page.keyboard.press('Tab');
    await reviewer.page.keyboard.press('Enter');
    await expect.poll(() => reviewer.page.evaluate(() => document.activeElement?.id)).toBe('return-reason');
    await reviewer.page.keyboard.insertText('第二部分需要补充原因分析。');
    await reviewer.page.keyboard.press('Tab');
    await reviewer.page.keyboard.press('Enter');
    await banner(reviewer.page).filter({ hasText: '退回修改' }).waitFor();

    // The clerk sees the reason and the comment beside part 二, resolves it, edits and submits again.
    await clerk.page.goto(`${app.server.url}/reports/${id}`);
    expect(await clerk.page.getByTestId('return-reason').textContent()).toBe('第二部分需要补充原因分析。');
    expect(await banner(clerk.page).textContent()).toContain('由 县司法局李审核 退回');
    // The overview says which part the open comment is on.
    const partRow = clerk.page.getByTestId('task-list').getByRole('listitem').filter({ hasText: '存在的不足和原因' });
    expect(await partRow.getByTestId('open-comments').textContent()).toContain('1 条批注未解决');
    await clerk.page.goto(`${app.server.url}/reports/${id}/parts/shortcomings`);
    // Beside the paragraph it quotes, too.
    expect(await clerk.page.getByTestId('section-comment').textContent()).toContain('“少数干部运用法治思维”一段：原因分析太笼统');
    const comment = clerk.page.getByTestId('comment').filter({ hasText: '原因分析太笼统' });
    await comment.getByRole('button', { name: /标记为已解决/ }).click();
    await clerk.page.getByTestId('comment').and(clerk.page.locator('[data-resolved="true"]')).waitFor();
    const body = clerk.page.getByLabel('正文（每行一段）').first();
    await body.fill('原因在于基层法治力量不足，专职法制审核人员只有一名。');
    await expect.poll(() => clerk.page.getByTestId('save-status').textContent()).toBe('已保存');
    await clerk.page.goto(`${app.server.url}/reports/${id}/check`);
    await clerk.page.getByTestId('submit-panel').getByRole('button', { name: '报送' }).click();
    await banner(clerk.page).filter({ hasText: '已报送' }).waitFor();

    // The reviewer sees what changed since the return, accepts, and records the publication.
    await reviewer.page.goto(`${app.server.url}/reports/${id}/preview`);
    await reviewer.page.getByRole('link', { name: '自退回后修改了什么' }).click();
    await reviewer.page.getByText('专职法制审核人员只有一名').first().waitFor();
    await reviewer.page.goto(`${app.server.url}/reports/${id}/preview`);
    await reviewer.page.getByTestId('reviewer-panel').getByRole('button', { name: '通过' }).click();
    await banner(reviewer.page).filter({ hasText: '已通过' }).waitFor();
    const publish = reviewer.page.getByTestId('reviewer-panel');
    await publish.getByLabel('公开网址').fill('https://www.example.gov.cn/zwgk/2026/0301/123.html');
    await publish.getByLabel('公开日期').fill('2026-03-01');
    await publish.getByRole('button', { name: '登记公开' }).click();
    await banner(reviewer.page).filter({ hasText: '已公开' }).waitFor();

    // The clerk sees 已公开 with the address, and the history names everyone who acted.
    await clerk.page.goto(`${app.server.url}/reports/${id}`);
    await banner(clerk.page).getByRole('link', { name: 'https://www.example.gov.cn/zwgk/2026/0301/123.html' }).waitFor();
    expect(await banner(clerk.page).textContent()).toContain('由 县司法局李审核 登记公开，公开日期 2026年3月1日');
    await clerk.page.goto(`${app.server.url}/reports/${id}/history`);
    const steps = await clerk.page.getByTestId('timeline').getByRole('listitem').allTextContents();
    expect(steps.map((s) => /· (\S+) · (\S+?)(：|$)/.exec(s)?.slice(1, 3).join(' '))).toEqual([
      '报送 测试管理员',
      '退回修改 县司法局李审核',
      '报送 测试管理员',
      '通过 县司法局李审核',
      '已公开 县司法局李审核',
    ]);
    expect(await clerk.page.getByTestId('versions').textContent()).toContain('退回 · 县司法局李审核');
    await clerk.context.close();
    await reviewer.context.close();
  });

  it('refuses a decision on a version that changed after the reviewer opened it: 409, a message asking to reload, nothing changed', async () => {
    const reviewerCookie = await signIn(app.server.url, REVIEWER.login, REVIEWER.password);
    const created = await app.server.fetch('/api/reports', { method: 'POST', body: JSON.stringify({ from: 'report', report: loadSample() }) });
    const { id, version } = (await created.json()) as { id: string; version: number };
    const review = (body: object) => ({ method: 'POST', body: JSON.stringify(body) });
    const act = (body: object) => app.server.fetch(`/api/reports/${id}/review`, review(body));
    expect((await act({ action: 'submit', version })).status).toBe(200);
    const reviewer = await contextAs(reviewerCookie);
    await reviewer.page.goto(`${app.server.url}/reports/${id}/preview`);

    // Meanwhile the county returns it (another tab of the reviewer's), and the unit changes part 二 and submits it again.
    expect((await signedInFetch(app.server.url, reviewerCookie)(`/api/reports/${id}/review`, review({ action: 'return', version, reason: '请补充原因。' }))).status).toBe(200);
    const changed = loadSample();
    changed.parts.shortcomings.sections[0]!.body = '原因在于基层法治力量不足，专职法制审核人员只有一名。';
    const saved = await app.server.fetch(`/api/reports/${id}`, { method: 'PUT', body: JSON.stringify({ version, report: changed }) });
    const { version: resubmitted } = (await saved.json()) as { version: number };
    expect((await act({ action: 'submit', version: resubmitted })).status).toBe(200);

    // 通过 on the page opened before names the version the reviewer read, which is no longer the one submitted.
    const panel = reviewer.page.getByTestId('reviewer-panel');
    const answer = reviewer.page.waitForResponse((r) => r.url().endsWith(`/api/reports/${id}/review`));
    await panel.getByRole('button', { name: '通过' }).click();
    expect((await answer).status()).toBe(409);
    await panel.getByRole('alert').filter({ hasText: '报告刚刚被修改过，请刷新页面' }).waitFor();
    const reports = (await (await app.server.fetch('/api/reports')).json()) as Array<{ id: string; status: string; version: number }>;
    expect(reports.find((r) => r.id === id)).toMatchObject({ status: 'submitted', version: resubmitted });
    await reviewer.context.close();
  });
});
