import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clean } from '@/lib/report/document-blocks';
import { appWithBrowser } from '../support/app-with-browser';
import { loadSample } from '../support/sample';
import { e2ePort } from '../support/ports';

const app = appWithBrowser(e2ePort(3127));

async function newReport(): Promise<string> {
  const response = await app.server.fetch(`/api/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ from: 'report', report: loadSample() }) });
  return ((await response.json()) as { id: string }).id;
}

/**
 * Whether this browser's store (IndexedDB `nianbao`) holds, for the report, a kept copy (`copies`) or an
 * unsent text containing `typed` (`journal`). It opens the store without a version and aborts if that
 * would create it, so reading never makes a database the app then has to upgrade.
 */
function kept(page: Page, id: string, typed?: string): Promise<boolean> {
  return page.evaluate(
    ([id, typed]) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('nianbao');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          const store = typed === undefined ? 'copies' : 'journal';
          const answer = (found: boolean) => {
            db.close();
            resolve(found);
          };
          if (!db.objectStoreNames.contains(store)) return answer(false);
          const all = db.transaction(store).objectStore(store).getAll();
          all.onerror = () => answer(false);
          all.onsuccess = () => {
            const texts = (all.result as { reportId: string; report: unknown }[]).filter((e) => e.reportId === id).map((e) => JSON.stringify(e.report));
            answer(texts.some((text) => typed === undefined || text.includes(typed)));
          };
        };
      }),
    [id, typed] as const,
  );
}

/** A part page loaded online, once the service worker controls it and the page's text is kept. */
async function openOnline(context: BrowserContext, id: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${app.server.url}/reports/${id}/parts/plans`);
  // The first worker claims the page that registered it (clients.claim), so no second load is needed.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect.poll(() => kept(page, id), { message: 'waiting for the editor to keep the page’s text as the offline copy (rememberCopy)' }).toBe(true);
  return page;
}

const keptReport = (page: Page) => page.getByTestId('kept-report');
const banner = (page: Page) => page.getByTestId('offline-banner');
const body = (page: Page) => page.getByTestId('section').and(page.locator('[data-level="1"]')).first().getByLabel('正文（每行一段）');

// Playwright's setOffline takes this Chromium's service worker offline too (playwright-core 1.65, Debian's
// Chromium): the worker's own fetch fails, which is what sends it to the offline page. The server keeps
// running throughout, so a passing first case shows it; stopping the server is not needed.
describe('the offline page', () => {
  it('shows the kept copy of a report reloaded while offline, not the browser’s error page', async () => {
    const id = await newReport();
    const sample = loadSample();
    const context = await app.browser.newContext();
    const page = await openOnline(context, id);
    await context.setOffline(true);
    await page.reload();
    expect(new URL(page.url()).pathname).toBe('/offline');
    await keptReport(page).waitFor();
    expect(await keptReport(page).getByRole('heading', { level: 2 }).innerText()).toBe(clean(sample.title));
    expect(await keptReport(page).innerText()).toContain(clean(sample.parts.plans.sections[0]!.body.split('\n')[0]!));
    expect(await banner(page).innerText()).toContain('您现在处于离线状态。下面是这台电脑上保存的副本（');
    expect(await banner(page).innerText()).not.toContain('尚未保存到服务器的修改');
    // Back online, 重新连接 reloads the page the clerk was on, to edit again.
    await context.setOffline(false);
    await page.getByRole('button', { name: '重新连接' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/reports/${id}/parts/plans`);
    await context.close();
  });

  it('shows text typed while offline, with the note that the server does not have it yet', async () => {
    const id = await newReport();
    const context = await app.browser.newContext();
    const page = await openOnline(context, id);
    await context.setOffline(true);
    await body(page).fill('断网时写下、还没发出的一句话。');
    await expect.poll(() => kept(page, id, '断网时写下、还没发出的一句话。'), { message: 'waiting for the autosave to journal the typed text' }).toBe(true);
    // The editor asks before leaving unsent text; the clerk agrees to reload.
    page.on('dialog', (dialog) => void dialog.accept());
    await page.reload();
    await keptReport(page).waitFor();
    expect(await keptReport(page).innerText()).toContain('断网时写下、还没发出的一句话。');
    expect(await banner(page).innerText()).toContain('其中包含尚未保存到服务器的修改；连网后打开这份报告，页面会提供恢复。');
    await context.close();
  });
});
