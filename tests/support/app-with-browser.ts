import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startAppServer, type TAppServer } from './app-server';
import { launchChromium } from './browser';
import { tempDbPath } from './temp-db';

/** For a test file: the built app on its own port and SQLite file, and a Chromium signed in to it, both closed afterwards. */
export function appWithBrowser(port: number): { server: TAppServer; browser: Browser } {
  const context = {} as { server: TAppServer; browser: Browser };
  beforeAll(async () => {
    context.server = await startAppServer(port, tempDbPath());
    context.browser = await launchChromium(context.server);
  });
  afterAll(async () => {
    await context.browser?.close();
    await context.server?.stop();
  });
  return context;
}
