import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, afterAll, beforeAll } from 'vitest';
import { appWithBrowser } from '../support/app-with-browser';
import { e2ePort } from '../support/ports';
import { loadSample } from '../support/sample';

const app = appWithBrowser(e2ePort(3130));

/** Another site, on another loopback port: a page a clerk might have open in the same browser. */
let evil: Server;
const evilPort = e2ePort(3131);
beforeAll(async () => {
  evil = createServer((_request, response) => response.end('<!doctype html><title>别的网站</title><p>别的网站</p>'));
  await new Promise<void>((resolve) => evil.listen(evilPort, '127.0.0.1', resolve));
});
afterAll(() => new Promise<void>((resolve) => evil.close(() => resolve())));

/** Every method that can change something, of every route handler, read from the files: a new route is
 * covered without being listed here. */
function stateChangingRoutes(): Array<{ method: string; path: string }> {
  const root = fileURLToPath(new URL('../../app/api', import.meta.url));
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('route.ts'));
  return files.flatMap((file) => {
    const path = `/api/${relative(root, join(root, file)).replace(/\/?route\.ts$/, '')}`.replace(/\/$/, '');
    const methods = [...readFileSync(join(root, file), 'utf8').matchAll(/^export const (POST|PUT|PATCH|DELETE)\b/gm)].map((m) => m[1]!);
    return methods.map((method) => ({ method, path }));
  });
}

/** Everything the server holds, as its administrator (the unit's clerk) sees it: every report with its
 * versions and source, the report's comments, the units and the accounts. */
async function everything(id: string): Promise<unknown> {
  const read = async (path: string) => (await app.server.fetch(path)).json() as Promise<unknown>;
  const backup = (await read('/api/backup')) as { reports: unknown[] };
  return { reports: backup.reports, comments: await read(`/api/reports/${id}/comments`), units: await read('/api/units'), users: await read('/api/users') };
}

describe('requests from another site', () => {
  it('change nothing, whatever route and body a page elsewhere sends', async () => {
    const created = await app.server.fetch(`/api/reports`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ from: 'report', report: loadSample() }),
    });
    const { id } = (await created.json()) as { id: string };
    const routes = stateChangingRoutes().map((r) => ({
      ...r,
      path: r.path.replace('[id]', id).replace('[login]', 'setup.admin').replace('[year]', '2025').replace('[commentId]', 'any').replace('[...all]', 'sign-in/username'),
    }));
    expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(expect.arrayContaining([`POST /api/reports`, `PUT /api/reports/${id}`, `DELETE /api/reports/${id}`]));
    const before = await everything(id);

    const page = await (await app.browser.newContext()).newPage();
    await page.goto(`http://127.0.0.1:${evilPort}/`);
    const bodies = [
      JSON.stringify({ from: 'report', report: loadSample() }),
      JSON.stringify({ version: 1, report: { ...loadSample(), title: '别的网站改的标题' } }),
      JSON.stringify({ format: 'nianbao-backup', formatVersion: 1, exportedAt: '2026-01-01T00:00:00Z', reports: [] }),
      JSON.stringify({ name: '别的网站加的人', login: 'evil', password: 'evil-password', roles: ['admin'] }),
      JSON.stringify({ action: 'submit', version: 1 }),
    ];
    const answers = await page.evaluate(
      async ({ base, routes, bodies }) => {
        const sent: string[] = [];
        for (const { method, path } of routes) {
          for (const body of bodies) {
            for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/json']) {
              // A form or a "simple" fetch goes out without asking; anything else is preflighted first.
              const simple = method === 'POST' && type !== 'application/json';
              const answer = await fetch(`${base}${path}`, { method, body, credentials: 'include', mode: simple ? 'no-cors' : 'cors', headers: { 'Content-Type': type } }).then(
                (r) => r.type,
                (e: unknown) => String(e),
              );
              sent.push(`${method} ${path} ${type}: ${answer}`);
            }
          }
        }
        return sent;
      },
      { base: app.server.url, routes, bodies },
    );
    expect(answers.length).toBe(routes.length * bodies.length * 3);
    expect(await everything(id)).toEqual(before);
    await page.context().close();
  });

  it('are refused with a Chinese message when they reach the server, and the same request from the app itself is not', async () => {
    const refused = await app.server.fetch(`/api/reports`, {
      method: 'POST',
      headers: { Origin: `http://127.0.0.1:${evilPort}`, 'Content-Type': 'text/plain' },
      body: JSON.stringify({ from: 'sample' }),
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { message: string }).message).toContain('其他网站');
    const own = await app.server.fetch(`/api/reports`, { method: 'POST', headers: { Origin: app.server.url, 'Content-Type': 'application/json' }, body: JSON.stringify({ from: 'sample' }) });
    expect(own.status).toBe(201);
  });

  it('every response carries the security headers', async () => {
    for (const path of ['/', '/api/reports', '/reports/new']) {
      const response = await app.server.fetch(`${path}`);
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('content-security-policy')).not.toContain('unsafe-eval');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('same-origin');
    }
  });
});
