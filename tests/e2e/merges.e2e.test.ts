import type { BrowserContext, Locator, Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TReport } from '@/lib/report/schema';
import { appWithBrowser } from '../support/app-with-browser';
import { savedAfter } from '../support/page-state';
import { e2ePort } from '../support/ports';
import { loadSample } from '../support/sample';

const app = appWithBrowser(e2ePort(3128));

async function newReport(): Promise<string> {
  const response = await app.server.fetch(`/api/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ from: 'report', report: loadSample() }) });
  return ((await response.json()) as { id: string }).id;
}

async function stored(id: string): Promise<{ report: TReport; version: number }> {
  const response = await app.server.fetch(`/api/reports/${id}`);
  return { report: (await response.json()) as TReport, version: Number(/\d+/.exec(response.headers.get('etag') ?? '')?.[0]) };
}

/** The body of the section with this id, wherever it stands in the stored report. */
async function storedBody(id: string, sectionId: string): Promise<string | undefined> {
  const { report } = await stored(id);
  const find = (sections: TReport['parts']['measures']['sections']): string | undefined => {
    for (const s of sections) {
      if (s.id === sectionId) return s.body;
      const inner = find(s.children);
      if (inner !== undefined) return inner;
    }
    return undefined;
  };
  return Object.values(report.parts).map((p) => find(p.sections)).find((b) => b !== undefined);
}

/** The 历史版本 page as the clerk reads it. */
async function historyPage(id: string): Promise<string> {
  return (await app.server.fetch(`/reports/${id}/history`)).text();
}

/** The text a sighted clerk reads in an element: without the words only screen readers get. */
const visibleText = (locator: Locator) =>
  locator.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.sr-only').forEach((e) => e.remove());
    return copy.textContent ?? '';
  });

const bodyOf = (page: Page, sectionId: string) => page.locator(`#b-${sectionId}`);
const status = (page: Page) => page.getByTestId('save-status');

async function open(context: BrowserContext, id: string, part: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${app.server.url}/reports/${id}/parts/${part}`);
  return page;
}

/** Counts, in a tab, the saves it hears from the other tabs of its browser about report `id`. */
async function listenInTab(page: Page, id: string): Promise<() => Promise<number>> {
  await page.evaluate((id) => {
    const w = window as unknown as { heardSaves: number };
    w.heardSaves = 0;
    new BroadcastChannel(`nianbao-report:${id}`).onmessage = () => (w.heardSaves += 1);
  }, id);
  return () => page.evaluate(() => (window as unknown as { heardSaves: number }).heardSaves);
}

/** Types into a section's body and waits until the server has that text and the page says 已保存. */
async function typeSaved(page: Page, id: string, sectionId: string, text: string): Promise<void> {
  await savedAfter(page, id, text, () => bodyOf(page, sectionId).fill(text));
}

describe('two tabs or two browsers editing one report', () => {
  it('two tabs of one browser, different parts: both saved, no conflict, and the idle tab shows the other tab\'s text', async () => {
    const id = await newReport();
    const context = await app.browser.newContext();
    const a = await open(context, id, 'plans');
    const b = await open(context, id, 'measures');
    await typeSaved(a, id, 's047', '甲窗口写在第四部分。');
    await typeSaved(b, id, 's001', '乙窗口写在第一部分。');
    expect(await storedBody(id, 's047')).toBe('甲窗口写在第四部分。');
    expect(await storedBody(id, 's001')).toBe('乙窗口写在第一部分。');
    expect(await b.getByTestId('conflict').count()).toBe(0);
    // Tab A heard B's save: A now holds both, so its next save cannot undo B's.
    await typeSaved(a, id, 's048', '甲窗口又写一句。');
    expect(await storedBody(id, 's001')).toBe('乙窗口写在第一部分。');
    expect(await storedBody(id, 's048')).toBe('甲窗口又写一句。');
    await context.close();
  });

  it('two tabs, one part: an edit in the other tab appears in the idle tab\'s form without a reload', async () => {
    const id = await newReport();
    const context = await app.browser.newContext();
    const a = await open(context, id, 'plans');
    const b = await open(context, id, 'plans');
    await typeSaved(a, id, 's047', '甲窗口的安排。');
    await expect.poll(() => bodyOf(b, 's047').inputValue()).toBe('甲窗口的安排。');
    expect(await status(b).getAttribute('data-state')).toBe('saved');
    await context.close();
  });

  it("never writes into a field under an open IME composition: another tab's save waits, then merges with what was composed", async () => {
    const id = await newReport();
    const context = await app.browser.newContext();
    const a = await open(context, id, 'plans');
    const b = await open(context, id, 'plans');
    await typeSaved(b, id, 's048', '乙窗口先写的。');
    await bodyOf(b, 's048').focus();
    await bodyOf(b, 's048').press('End');
    const ime = await context.newCDPSession(b);
    await ime.send('Input.imeSetComposition', { text: 'fazhi', selectionStart: 5, selectionEnd: 5 });
    // A's save reaches B mid-composition, on the channel the tabs share.
    const heard = await listenInTab(b, id);
    await typeSaved(a, id, 's047', '甲窗口在此期间保存的。');
    await expect.poll(heard).toBeGreaterThan(0);
    expect(await bodyOf(b, 's048').inputValue()).toBe('乙窗口先写的。fazhi');
    expect(await bodyOf(b, 's047').inputValue()).not.toBe('甲窗口在此期间保存的。');
    await ime.send('Input.insertText', { text: '法治' });
    await expect.poll(() => bodyOf(b, 's047').inputValue()).toBe('甲窗口在此期间保存的。');
    expect(await bodyOf(b, 's048').inputValue()).toBe('乙窗口先写的。法治');
    await expect.poll(() => storedBody(id, 's048')).toBe('乙窗口先写的。法治');
    expect(await storedBody(id, 's047')).toBe('甲窗口在此期间保存的。');
    await context.close();
  });

  it('asks, with 替换前 kept, when the clerk composed over the very section another tab saved meanwhile', async () => {
    const id = await newReport();
    const context = await app.browser.newContext();
    const a = await open(context, id, 'plans');
    const b = await open(context, id, 'plans');
    await typeSaved(b, id, 's047', '乙：');
    await expect.poll(() => bodyOf(a, 's047').inputValue()).toBe('乙：');
    await bodyOf(b, 's047').focus();
    await bodyOf(b, 's047').press('End');
    const ime = await context.newCDPSession(b);
    await ime.send('Input.imeSetComposition', { text: 'yifa', selectionStart: 4, selectionEnd: 4 });
    const heard = await listenInTab(b, id);
    await typeSaved(a, id, 's047', '甲窗口保存的这一节。');
    await expect.poll(heard).toBeGreaterThan(0);
    await ime.send('Input.insertText', { text: '依法' });
    const conflict = b.getByTestId('conflict');
    await conflict.waitFor();
    expect(await conflict.getByTestId('conflict-item').count()).toBe(1);
    expect(await bodyOf(b, 's047').inputValue()).toBe('乙：依法');
    expect(await storedBody(id, 's047')).toBe('甲窗口保存的这一节。');
    await conflict.getByRole('radio', { name: '用我的' }).check();
    await conflict.getByRole('button', { name: '保存选择' }).click();
    await expect.poll(() => storedBody(id, 's047')).toBe('乙：依法');
    expect(await historyPage(id)).toContain('替换前');
    await context.close();
  });

  for (const [where, sectionB, expectConflict] of [
    ['different sections of one part', 's048', false],
    ['the same section', 's047', true],
  ] as const) {
    it(`two tabs of one browser, ${where}, the second tab's save held up until the first has saved: ${expectConflict ? 'the conflict is shown' : 'both merged'}`, async () => {
      const id = await newReport();
      // The offline page's service worker, once it controls the tabs, would keep B's requests from the route below.
      const context = await app.browser.newContext({ serviceWorkers: 'block' });
      const a = await open(context, id, 'plans');
      const b = await open(context, id, 'plans');
      // B's saves fail until the test lets them through: B's text waits, unsent, while A saves.
      const refuse = (route: Route) => (route.request().method() === 'PUT' ? route.abort('connectionrefused') : route.continue());
      await b.route(`**/api/reports/${id}`, refuse);
      await bodyOf(b, sectionB).fill('乙窗口写的。');
      await expect.poll(() => status(b).getAttribute('data-state')).toBe('offline');
      await typeSaved(a, id, 's047', '甲窗口写的。');
      await b.unroute(`**/api/reports/${id}`, refuse);
      if (expectConflict) {
        await b.getByTestId('conflict').waitFor();
        expect(await b.getByTestId('conflict-item').count()).toBe(1);
        expect(await storedBody(id, 's047')).toBe('甲窗口写的。');
      } else {
        await expect.poll(() => storedBody(id, 's048')).toBe('乙窗口写的。');
        expect(await storedBody(id, 's047')).toBe('甲窗口写的。');
        await expect.poll(() => bodyOf(b, 's047').inputValue()).toBe('甲窗口写的。');
        await expect.poll(() => status(b).getAttribute('data-state')).toBe('saved');
      }
      await context.close();
    });
  }

  it('two browsers, different sections of one part: the server merges both, and the stale browser takes the merge onto its screen', async () => {
    const id = await newReport();
    const [one, two] = [await app.browser.newContext(), await app.browser.newContext()];
    const a = await open(one, id, 'plans');
    const b = await open(two, id, 'plans');
    await typeSaved(a, id, 's047', '甲电脑写的第一条。');
    await typeSaved(b, id, 's048', '乙电脑写的第二条。');
    expect(await b.getByTestId('conflict').count()).toBe(0);
    expect(await storedBody(id, 's047')).toBe('甲电脑写的第一条。');
    expect(await storedBody(id, 's048')).toBe('乙电脑写的第二条。');
    await expect.poll(() => bodyOf(b, 's047').inputValue()).toBe('甲电脑写的第一条。');
    await one.close();
    await two.close();
  });

  it("an idle browser shows another browser's save when the clerk comes back to it", async () => {
    const id = await newReport();
    const [one, two] = [await app.browser.newContext(), await app.browser.newContext()];
    const a = await open(one, id, 'plans');
    const b = await open(two, id, 'plans');
    await typeSaved(b, id, 's049', '乙电脑刚保存的。');
    const asked = a.waitForResponse((r) => r.request().method() === 'GET' && new URL(r.url()).pathname === `/api/reports/${id}` && r.status() === 200);
    await a.evaluate(() => window.dispatchEvent(new Event('focus')));
    await asked;
    await expect.poll(() => bodyOf(a, 's049').inputValue()).toBe('乙电脑刚保存的。');
    expect(await status(a).getAttribute('data-state')).toBe('saved');
    await one.close();
    await two.close();
  });

  it('two browsers, different parts: merged, and neither is asked anything', async () => {
    const id = await newReport();
    const [one, two] = [await app.browser.newContext(), await app.browser.newContext()];
    const a = await open(one, id, 'shortcomings');
    const b = await open(two, id, 'leadership');
    await typeSaved(a, id, 's042', '甲电脑改了原因分析。');
    await typeSaved(b, id, 's043', '乙电脑写了亲自部署。');
    expect(await storedBody(id, 's042')).toBe('甲电脑改了原因分析。');
    expect(await storedBody(id, 's043')).toBe('乙电脑写了亲自部署。');
    expect(await a.getByTestId('conflict').count()).toBe(0);
    expect(await b.getByTestId('conflict').count()).toBe(0);
    await one.close();
    await two.close();
  });

  for (const [choice, expected, label] of [
    ['用我的', '乙电脑的文字。', 'mine'],
    ['用对方的', '甲电脑的文字。', 'theirs'],
    ['两份都保留（我的在前）', '乙电脑的文字。\n甲电脑的文字。', 'both'],
  ] as const) {
    it(`the same section in two browsers: only that section is shown, with where it is, and choosing ${label} stores it and keeps what it replaced`, async () => {
      const id = await newReport();
      const [one, two] = [await app.browser.newContext(), await app.browser.newContext()];
      const a = await open(one, id, 'plans');
      const b = await open(two, id, 'plans');
      await typeSaved(a, id, 's047', '甲电脑的文字。');
      // B also changed another section: that one merges without asking.
      await bodyOf(b, 's048').fill('乙电脑另一节。');
      await bodyOf(b, 's047').fill('乙电脑的文字。');
      const conflict = b.getByTestId('conflict');
      await conflict.waitFor();
      const items = conflict.getByTestId('conflict-item');
      expect(await items.count()).toBe(1);
      const item = items.first();
      expect(await visibleText(item)).toContain('甲电脑的文字');
      expect(await visibleText(item)).toContain('乙电脑的文字');
      expect(await item.locator('legend').innerText()).toContain('第四部分');
      // The one character that differs is marked on each side.
      expect(await item.locator('mark').allInnerTexts()).toEqual([expect.stringContaining('乙'), expect.stringContaining('甲')]);
      expect(await status(b).innerText()).toContain('有冲突：第四部分');
      expect(await storedBody(id, 's047')).toBe('甲电脑的文字。');
      await item.getByRole('radio', { name: choice }).check();
      await conflict.getByRole('button', { name: '保存选择' }).click();
      // 已保存 once the server has the choice (用对方的 may store what was already there, so the text alone cannot tell).
      await expect.poll(() => status(b).getAttribute('data-state')).toBe('saved');
      expect(await storedBody(id, 's047')).toBe(expected);
      expect(await storedBody(id, 's048')).toBe('乙电脑另一节。');
      await expect.poll(() => bodyOf(b, 's047').inputValue()).toBe(expected);
      expect(await b.getByTestId('conflict').count()).toBe(0);
      // The text the choice replaced is in 历史版本.
      expect(await historyPage(id)).toContain('替换前');
      await one.close();
      await two.close();
    });
  }
});
