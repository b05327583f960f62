import { spawn } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { sessionCookie, BROWSER_WAIT_MS, CHROMIUM } from './browser';

export type TChromiumProcess = { browser: Browser; kill: () => Promise<void> };

/**
 * Debian's Chromium started as its own process on a profile directory, driven over CDP, so a test can
 * kill it the way a crash or a power cut would (SIGKILL to the whole process group, no unload, no
 * shutdown) and start it again on the same profile.
 */
export async function startChromium(profile: string, signedIn?: { url: string; cookie: string }): Promise<TChromiumProcess> {
  const child = spawn(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${log}`)), BROWSER_WAIT_MS);
    child.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(log);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited with ${code}:\n${log}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint, { timeout: BROWSER_WAIT_MS });
  browser.contexts()[0]?.setDefaultTimeout(BROWSER_WAIT_MS);
  if (signedIn) await browser.contexts()[0]?.addCookies([sessionCookie(signedIn)]);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return {
    browser,
    kill: async () => {
      process.kill(-child.pid!, 'SIGKILL');
      await exited;
    },
  };
}
