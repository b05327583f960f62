import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signedInFetch, signIn, TEST_ADMIN } from '../support/app-server';
import { appWithBrowser } from '../support/app-with-browser';
import { sessionCookie } from '../support/browser';
import { loadSample } from '../support/sample';
import { e2ePort } from '../support/ports';

const app = appWithBrowser(e2ePort(3124));

async function newReport(): Promise<string> {
  const response = await app.server.fetch(`/api/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ from: 'report', report: loadSample() }) });
  return ((await response.json()) as { id: string }).id;
}

async function plansBody(id: string): Promise<string> {
  const report = (await (await app.server.fetch(`/api/reports/${id}`)).json()) as ReturnType<typeof loadSample>;
  return report.parts.plans.sections[0]!.body;
}

/**
 * The part 四 text this browser's journal keeps for the report until the server acknowledges it (any
 * tab's entry). The app has created the store by the time this runs: it opened it when the page loaded.
 */
function journalledPlansBody(page: Page, id: string): Promise<string | null> {
  return page.evaluate(
    (id) =>
      new Promise<string | null>((resolve) => {
        const open = indexedDB.open('nianbao', 2);
        open.onerror = () => resolve(null);
        open.onsuccess = () => {
          const get = open.result.transaction('journal').objectStore('journal').index('byReport').getAll(id);
          get.onerror = () => resolve(null);
          get.onsuccess = () => {
            open.result.close();
            const entries = get.result as Array<{ report: ReturnType<typeof loadSample> }>;
            resolve(entries[0]?.report.parts.plans.sections[0]?.body ?? null);
          };
        };
      }),
    id,
  );
}

const status = (page: Page) => page.getByTestId('save-status');
const body = (page: Page) => page.getByTestId('section').and(page.locator('[data-level="1"]')).first().getByLabel('正文（每行一段）');

describe('never lose a word', () => {
  it('keeps typing while offline (离线，已暂存) and sends it when the connection returns', async () => {
    const id = await newReport();
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.server.url}/reports/${id}/parts/plans`);
    await context.setOffline(true);
    await body(page).fill('断网时写的一句话。');
    await expect.poll(() => status(page).textContent()).toContain('离线，已暂存');
    expect(await plansBody(id)).not.toBe('断网时写的一句话。');
    await context.setOffline(false);
    await expect.poll(() => status(page).textContent()).toBe('已保存');
    expect(await plansBody(id)).toBe('断网时写的一句话。');
    await context.close();
  });

  it('keeps what is typed after the session expired, and saves it once the clerk signs in again over the page', async () => {
    const id = await newReport();
    const cookie = await signIn(app.server.url, TEST_ADMIN.login, TEST_ADMIN.password);
    const context = await app.browser.newContext();
    await context.addCookies([sessionCookie({ url: app.server.url, cookie })]);
    const page = await context.newPage();
    await page.goto(`${app.server.url}/reports/${id}/parts/plans`);
    const signedOut = await signedInFetch(app.server.url, cookie)('/api/auth/sign-out', { method: 'POST', body: '{}' });
    expect(signedOut.ok).toBe(true);
    await body(page).fill('登录过期时写的一句话。');
    await expect.poll(() => status(page).textContent()).toContain('登录已过期');
    expect(await journalledPlansBody(page, id)).toBe('登录过期时写的一句话。');
    await body(page).press('End');
    await body(page).pressSequentially('还在写。');
    await page.getByRole('button', { name: '重新登录' }).click();
    const dialog = page.getByRole('dialog', { name: '重新登录' });
    await dialog.getByLabel('登录名').fill(TEST_ADMIN.login);
    await dialog.getByLabel('密码').fill('wrong-password');
    await dialog.getByRole('button', { name: '登录', exact: true }).click();
    await dialog.getByRole('alert').filter({ hasText: '登录名或密码不正确' }).waitFor();
    await dialog.getByLabel('密码').fill(TEST_ADMIN.password);
    await dialog.getByRole('button', { name: '登录', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => status(page).textContent()).toBe('已保存');
    expect(await plansBody(id)).toBe('登录过期时写的一句话。还在写。');
    await page.reload();
    expect(await body(page).inputValue()).toBe('登录过期时写的一句话。还在写。');
    await context.close();
  });

  it('offers back the edits of a tab that closed before they were sent', async () => {
    const id = await newReport();
    const context = await app.browser.newContext();
    const first = await context.newPage();
    await first.goto(`${app.server.url}/reports/${id}/parts/plans`);
    await context.setOffline(true);
    await body(first).fill('浏览器崩溃前写的。');
    // The "crash" comes once the browser has the text in its journal.
    await expect.poll(() => journalledPlansBody(first, id)).toBe('浏览器崩溃前写的。');
    await first.close({ runBeforeUnload: false });
    await context.setOffline(false);
    const again = await context.newPage();
    await again.goto(`${app.server.url}/reports/${id}/parts/plans`);
    await again.getByTestId('unsent-edits').waitFor();
    await again.getByRole('button', { name: '恢复这些修改' }).click();
    await expect.poll(() => plansBody(id)).toBe('浏览器崩溃前写的。');
    await expect.poll(() => body(again).inputValue()).toBe('浏览器崩溃前写的。');
    await context.close();
  });

  it('says 正在保存… while the text is not yet on the server, and 已保存 only once it has answered', async () => {
    const id = await newReport();
    const context = await app.browser.newContext();
    const page = await context.newPage();
    // The page's timers run on a clock the test holds: the status is read while the autosave still
    // waits out its pause in typing, however fast or slow the machine.
    await page.clock.install();
    await page.goto(`${app.server.url}/reports/${id}/parts/plans`);
    await page.clock.pauseAt(new Date(Date.now() + 60_000));
    // The save is held at the network layer until the test has read the status.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let arrived = false;
    await page.route(`**/api/reports/${id}`, async (route) => {
      if (route.request().method() !== 'PUT') return route.continue();
      arrived = true;
      await held;
      await route.continue();
    });
    await body(page).fill('还没到服务器的文字。');
    await expect.poll(() => status(page).textContent()).toContain('正在保存');
    expect(arrived).toBe(false);
    await page.clock.runFor(1_000);
    await expect.poll(() => arrived).toBe(true);
    expect(await status(page).textContent()).toContain('正在保存');
    release();
    await page.clock.resume();
    await expect.poll(() => status(page).textContent()).toBe('已保存');
    expect(await plansBody(id)).toBe('还没到服务器的文字。');
    await context.close();
  });

  it('answers a save whose reply was lost, when the browser sends it again, without a conflict, storing it once', async () => {
    const id = await newReport();
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.server.url}/reports/${id}/parts/plans`);
    // The first save reaches the server and is applied; its reply is dropped on the way back.
    let dropped = false;
    await page.route(`**/api/reports/${id}`, async (route) => {
      if (route.request().method() !== 'PUT' || dropped) return route.continue();
      dropped = true;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await body(page).fill('回复丢失的那次保存。');
    await expect.poll(() => dropped).toBe(true);
    await expect.poll(() => status(page).textContent()).toBe('已保存');
    expect(await page.getByTestId('conflict').count()).toBe(0);
    const stored = await app.server.fetch(`/api/reports/${id}`);
    expect(stored.headers.get('etag')).toBe('"v2"');
    expect(await plansBody(id)).toBe('回复丢失的那次保存。');
    await context.close();
  });
});
