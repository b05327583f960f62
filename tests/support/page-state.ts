import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Waits until `field` holds the keyboard focus. The editor moves focus a frame after a click (添加一节,
 * a suggested topic, a reorder), and keys typed before that frame land on the button or the previous
 * field instead: on a busy machine that frame can come late.
 */
export async function waitForFocus(field: Locator): Promise<void> {
  await expect.poll(() => field.evaluate((el) => el === document.activeElement), { message: `waiting for focus on ${field.toString()}` }).toBe(true);
}

/**
 * Runs `act`, then waits until the server has acknowledged an autosave of report `id` carrying `text`
 * and the page says 已保存. The status says 已保存 before any typing too, and the debounced save can send
 * half of what was typed first, so the wait is for the save with the text in it.
 */
export async function savedAfter(page: Page, id: string, text: string, act: () => Promise<void>): Promise<void> {
  const encoded = JSON.stringify(text).slice(1, -1);
  const acknowledged = page.waitForResponse(
    (r) => r.request().method() === 'PUT' && new URL(r.url()).pathname === `/api/reports/${id}` && (r.request().postData() ?? '').includes(encoded) && r.ok(),
  );
  await act();
  await acknowledged;
  await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
}
