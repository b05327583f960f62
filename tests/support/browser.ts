import { chromium, type Browser, type Page, type Response } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * How long a browser action, navigation or launch may wait for the state it needs. Playwright's 30 s
 * is tight on a CI machine whose two cores are busy; a wait for a state returns as soon as the state is
 * there, so a long limit only delays a test that would fail anyway.
 */
export const BROWSER_WAIT_MS = 90_000;

/** Debian's Chromium, headless, with the flags a closed network and a root user need. With `signedIn`,
 * every page starts signed in to that server (its session cookie in each new context). */
export async function launchChromium(signedIn?: { url: string; cookie: string }): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    timeout: BROWSER_WAIT_MS,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  // Playwright has no browser-wide default timeout; every page comes from a context (newPage makes
  // one too), so each context gets the limit as it is made.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(BROWSER_WAIT_MS);
    if (signedIn) await context.addCookies([sessionCookie(signedIn)]);
    context.on('page', waitForHydrationAfterNavigation);
    return context;
  };
  return browser;
}

/** The session cookie of a signed-in test server, for a browser context. */
export function sessionCookie({ url, cookie }: { url: string; cookie: string }) {
  const at = cookie.indexOf('=');
  return { name: cookie.slice(0, at), value: cookie.slice(at + 1), url, httpOnly: true, sameSite: 'Lax' as const };
}

/** An app page takes typing only once React has hydrated it (html[data-hydrated], components/ui/hydration-mark):
 * on a busy machine a test that types earlier can see its text reset or appended to the server's. So
 * goto and reload, which load a whole document, return only when that document is interactive. */
function waitForHydrationAfterNavigation(page: Page): void {
  const hydrated = async (response: Response | null) => {
    if (response && (response.headers()['content-type'] ?? '').startsWith('text/html')) await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
    return response;
  };
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (...args) => hydrated(await goto(...args));
  page.reload = async (...args) => hydrated(await reload(...args));
}
