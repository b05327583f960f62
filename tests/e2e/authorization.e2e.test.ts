import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, signedInFetch, startAppServer, type TAppServer } from '../support/app-server';
import { e2ePort } from '../support/ports';
import { loadSample } from '../support/sample';
import { tempDbPath } from '../support/temp-db';

/** Who asks: nobody, the 填报人 of unit A (whose report every row is about), of unit B, a county 审核人, and
 * an 管理员 who is nobody's 填报人. */
const WHO = ['anonymous', 'clerkA', 'clerkB', 'reviewer', 'admin'] as const;
type TWho = (typeof WHO)[number];
type TExpected = Record<TWho, number>;
type TContext = { as: Record<TWho, TAppServer['fetch']>; reportA: string; freshA: () => Promise<string> };
type TRequest = { path: string; init?: RequestInit };

const each = (status: number): TExpected => ({ anonymous: status, clerkA: status, clerkB: status, reviewer: status, admin: status });
/** A report of unit A: its clerk and the reviewer read it; to unit B and to an administrator it does not exist. */
const OF_A = (ok: number, reviewer = ok): TExpected => ({ anonymous: 401, clerkA: ok, clerkB: 404, reviewer, admin: 404 });
const ADMIN_ONLY = (ok: number): TExpected => ({ anonymous: 401, clerkA: 403, clerkB: 403, reviewer: 403, admin: ok });
const json = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });
const unique = () => Math.random().toString(36).slice(2, 8);

const versionOf = async (c: TContext) => Number((await c.as.clerkA(`/api/reports/${c.reportA}`)).headers.get('etag')?.replace(/\D/g, ''));

/** Every route handler's methods, by its folder under app/api: a route added without a row here fails the test. */
const ROUTES: Record<string, { request: (c: TContext) => Promise<TRequest> | TRequest; expect: TExpected }> = {
  'GET /api/reports': { request: () => ({ path: '/api/reports' }), expect: { ...each(200), anonymous: 401 } },
  'POST /api/reports': { request: () => ({ path: '/api/reports', init: json({ from: 'sample' }) }), expect: { anonymous: 401, clerkA: 201, clerkB: 201, reviewer: 403, admin: 403 } },
  'GET /api/reports/[id]': { request: (c) => ({ path: `/api/reports/${c.reportA}` }), expect: OF_A(200) },
  'PUT /api/reports/[id]': {
    request: async (c) => {
      const current = await c.as.clerkA(`/api/reports/${c.reportA}`);
      const version = Number(current.headers.get('etag')?.replace(/\D/g, ''));
      return { path: `/api/reports/${c.reportA}`, init: { method: 'PUT', body: JSON.stringify({ version, report: { ...(await current.json()), title: `改过的标题${unique()}` } }) } };
    },
    expect: OF_A(200, 403),
  },
  'DELETE /api/reports/[id]': { request: async (c) => ({ path: `/api/reports/${await c.freshA()}`, init: { method: 'DELETE' } }), expect: OF_A(204, 403) },
  'POST /api/reports/[id]/undelete': {
    request: async (c) => {
      const id = await c.freshA();
      await c.as.clerkA(`/api/reports/${id}`, { method: 'DELETE' });
      return { path: `/api/reports/${id}/undelete`, init: { method: 'POST' } };
    },
    expect: OF_A(204, 403),
  },
  'GET /api/reports/[id]/docx': { request: (c) => ({ path: `/api/reports/${c.reportA}/docx?kind=draft` }), expect: OF_A(200) },
  'POST /api/reports/[id]/docx': { request: (c) => ({ path: `/api/reports/${c.reportA}/docx?kind=draft`, init: { method: 'POST' } }), expect: OF_A(200) },
  // Not before a 保密审查 is on record (409); another unit's report does not exist for them.
  'GET /api/reports/[id]/web': { request: (c) => ({ path: `/api/reports/${c.reportA}/web?format=txt` }), expect: OF_A(409) },
  // The unit's clerk and a reviewer may confirm the 保密审查.
  'POST /api/reports/[id]/web': { request: async (c) => ({ path: `/api/reports/${c.reportA}/web`, init: json({ version: await versionOf(c) }) }), expect: OF_A(200) },
  // A finding that no longer exists: its clerk is told so (422); whoever may not change the report never gets that far.
  'POST /api/reports/[id]/findings': { request: (c) => ({ path: `/api/reports/${c.reportA}/findings`, init: json({ action: 'fix', key: 'gone' }) }), expect: OF_A(422, 403) },
  'POST /api/reports/[id]/history': { request: (c) => ({ path: `/api/reports/${c.reportA}/history`, init: json({ versionId: 'none', version: 1 }) }), expect: OF_A(404, 403) },
  // A draft cannot be accepted (409), and only reviewers accept (403).
  'POST /api/reports/[id]/review': {
    request: async (c) => ({ path: `/api/reports/${c.reportA}/review`, init: json({ action: 'accept', version: await versionOf(c) }) }),
    expect: { anonymous: 401, clerkA: 403, clerkB: 404, reviewer: 409, admin: 404 },
  },
  'GET /api/reports/[id]/comments': { request: (c) => ({ path: `/api/reports/${c.reportA}/comments` }), expect: OF_A(200) },
  'POST /api/reports/[id]/comments': {
    request: (c) => ({ path: `/api/reports/${c.reportA}/comments`, init: json({ partKey: 'measures', body: '请补充具体数据。' }) }),
    expect: { anonymous: 401, clerkA: 403, clerkB: 404, reviewer: 201, admin: 404 },
  },
  'POST /api/reports/[id]/comments/[commentId]/resolve': {
    request: async (c) => {
      const made = await c.as.reviewer(`/api/reports/${c.reportA}/comments`, json({ body: `批注${unique()}` }));
      return { path: `/api/reports/${c.reportA}/comments/${((await made.json()) as { id: string }).id}/resolve`, init: { method: 'POST' } };
    },
    expect: OF_A(204, 403),
  },
  'GET /api/dashboard': { request: () => ({ path: '/api/dashboard?year=2025' }), expect: { anonymous: 401, clerkA: 403, clerkB: 403, reviewer: 200, admin: 403 } },
  'GET /api/dashboard/export': { request: () => ({ path: '/api/dashboard/export?year=2025&format=xlsx' }), expect: { anonymous: 401, clerkA: 403, clerkB: 403, reviewer: 200, admin: 403 } },
  'GET /api/dashboard/figures': { request: () => ({ path: '/api/dashboard/figures?year=2025&format=csv' }), expect: { anonymous: 401, clerkA: 403, clerkB: 403, reviewer: 200, admin: 403 } },
  // Nothing of 2025 is accepted here: the reviewer is told so, rather than handed an empty zip.
  'GET /api/collect': { request: () => ({ path: '/api/collect?year=2025' }), expect: { anonymous: 401, clerkA: 403, clerkB: 403, reviewer: 404, admin: 403 } },
  'PUT /api/deadlines/[year]': { request: () => ({ path: '/api/deadlines/2025', init: { method: 'PUT', body: JSON.stringify({ reportBy: '2026-03-01', publishBy: '2026-04-01' }) } }), expect: ADMIN_ONLY(204) },
  'GET /api/reports/[id]/raw': { request: (c) => ({ path: `/api/reports/${c.reportA}/raw` }), expect: OF_A(200) },
  'GET /api/reports/[id]/source': { request: (c) => ({ path: `/api/reports/${c.reportA}/source` }), expect: OF_A(200) },
  'GET /api/backup': { request: () => ({ path: '/api/backup' }), expect: { ...each(200), anonymous: 401 } },
  'POST /api/backup': {
    request: () => ({ path: '/api/backup', init: json({ format: 'nianbao-backup', formatVersion: 1, exportedAt: new Date().toISOString(), reports: [] }) }),
    expect: { anonymous: 401, clerkA: 200, clerkB: 200, reviewer: 403, admin: 403 },
  },
  'POST /api/import': { request: () => ({ path: '/api/import', init: json({ text: '某镇关于2025年法治政府建设情况的报告\n一、主要举措\n开展普法。' }) }), expect: { ...each(200), anonymous: 401 } },
  'POST /api/setup': {
    request: () => ({ path: '/api/setup', init: json({ admin: { name: '又一个', login: `x${unique()}`, password: 'another-pass-1' }, unit: { name: `某单位${unique()}`, kind: '镇', superior: '巴南区' } }) }),
    expect: each(409),
  },
  // Only signing in and out reach better-auth; its sign-up and profile endpoints are shut.
  'POST /api/auth/[...all]': { request: () => ({ path: '/api/auth/sign-up/email', init: json({ email: 'a@b.c', password: 'whatever-1', name: 'x' }) }), expect: each(404) },
  'GET /api/units': { request: () => ({ path: '/api/units' }), expect: { ...each(200), anonymous: 401 } },
  'POST /api/units': { request: () => ({ path: '/api/units', init: json({ name: `新单位${unique()}`, kind: '街道', superior: '巴南区' }) }), expect: ADMIN_ONLY(201) },
  'POST /api/units/import': { request: () => ({ path: '/api/units/import', init: json({ csv: `单位全称,类型,上级\n表格单位${unique()},镇,巴南区\n` }) }), expect: ADMIN_ONLY(201) },
  'POST /api/users/import': { request: () => ({ path: '/api/users/import', init: json({ csv: `登录名,姓名,密码,单位,角色\nt${unique()},表格里的人,table-pass-1,,审核人\n` }) }), expect: ADMIN_ONLY(201) },
  'GET /api/users': { request: () => ({ path: '/api/users' }), expect: ADMIN_ONLY(200) },
  'POST /api/users': { request: () => ({ path: '/api/users', init: json({ name: '新人', login: `u${unique()}`, password: 'new-user-pass-1' }) }), expect: ADMIN_ONLY(201) },
  'PUT /api/users/[login]/password': { request: () => ({ path: '/api/users/target/password', init: { method: 'PUT', body: JSON.stringify({ password: 'reset-pass-1' }) } }), expect: ADMIN_ONLY(204) },
};

/** Pages, by their folder under app: 307 is the sign-in page (or, signed in, where it sends you). */
const REPORT_PAGE = { anonymous: 307, clerkA: 200, clerkB: 404, reviewer: 200, admin: 404 };
const SIGNED_IN_PAGE = { ...each(200), anonymous: 307 };
const PAGES: Record<string, { path: (c: TContext) => string; expect: TExpected }> = {
  '/': { path: () => '/', expect: SIGNED_IN_PAGE },
  '/offline': { path: () => '/offline', expect: each(200) },
  '/sign-in': { path: () => '/sign-in', expect: { ...each(307), anonymous: 200 } },
  '/setup': { path: () => '/setup', expect: each(307) },
  '/reports/new': { path: () => '/reports/new', expect: SIGNED_IN_PAGE },
  '/admin': { path: () => '/admin', expect: { anonymous: 307, clerkA: 404, clerkB: 404, reviewer: 404, admin: 200 } },
  '/county': { path: () => '/county?year=2025', expect: { anonymous: 307, clerkA: 404, clerkB: 404, reviewer: 200, admin: 404 } },
  '/county/figures': { path: () => '/county/figures?year=2025', expect: { anonymous: 307, clerkA: 404, clerkB: 404, reviewer: 200, admin: 404 } },
  '/reports/import': { path: () => '/reports/import', expect: SIGNED_IN_PAGE },
  '/reports/[id]': { path: (c) => `/reports/${c.reportA}`, expect: REPORT_PAGE },
  '/reports/[id]/basics': { path: (c) => `/reports/${c.reportA}/basics`, expect: REPORT_PAGE },
  '/reports/[id]/check': { path: (c) => `/reports/${c.reportA}/check`, expect: REPORT_PAGE },
  '/reports/[id]/figures': { path: (c) => `/reports/${c.reportA}/figures`, expect: REPORT_PAGE },
  '/reports/[id]/history': { path: (c) => `/reports/${c.reportA}/history`, expect: REPORT_PAGE },
  '/reports/[id]/parts/[key]': { path: (c) => `/reports/${c.reportA}/parts/measures`, expect: REPORT_PAGE },
  '/reports/[id]/preview': { path: (c) => `/reports/${c.reportA}/preview`, expect: REPORT_PAGE },
  '/reports/[id]/publish': { path: (c) => `/reports/${c.reportA}/publish`, expect: REPORT_PAGE },
  // A report that reads is sent on to its own page.
  '/reports/[id]/unreadable': { path: (c) => `/reports/${c.reportA}/unreadable`, expect: { ...REPORT_PAGE, clerkA: 307, reviewer: 307 } },
};

const appDir = new URL('../../app/', import.meta.url).pathname;
function filesNamed(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesNamed(join(dir, e.name), name) : e.name === name ? [join(dir, e.name)] : []));
}
const routeOf = (file: string) => `/${relative(appDir, file)}`.replace(/\/(route|page)\.tsx?$/, '') || '/';
const listedRoutes = () =>
  filesNamed(join(appDir, 'api'), 'route.ts').flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => `${m[1]} ${routeOf(file)}`));
const listedPages = () => filesNamed(appDir, 'page.tsx').map(routeOf);

async function signedInAs(server: TAppServer): Promise<TContext> {
  const admin = server.fetch;
  const units = (await (await admin('/api/units')).json()) as Array<{ id: string }>;
  const unitB = (await (await admin('/api/units', json({ name: '重庆市巴南区龙洲湾街道办事处', kind: '街道', superior: '巴南区' }))).json()) as { id: string };
  const people = { clerkA: { clerkOf: [units[0]!.id] }, clerkB: { clerkOf: [unitB.id] }, reviewer: { roles: ['reviewer'] }, admin: { roles: ['admin'] }, target: {} };
  for (const [login, grants] of Object.entries(people)) {
    const made = await admin('/api/users', json({ name: login, login, password: `${login}-password`, ...grants }));
    expect(made.status, await made.clone().text()).toBe(201);
  }
  const as = { anonymous: (path: string, init?: RequestInit) => signedInFetch(server.url, '')(path, init) } as Record<TWho, TAppServer['fetch']>;
  for (const who of WHO.slice(1)) as[who] = signedInFetch(server.url, await signIn(server.url, who, `${who}-password`));
  const create = async (body: object) => ((await (await as.clerkA('/api/reports', json(body))).json()) as { id: string }).id;
  const reportA = await create({ from: 'import', lastYear: loadSample(), source: { name: '去年的报告.txt', text: '去年的原文' } });
  return { as, reportA, freshA: () => create({ from: 'sample' }) };
}

const postgres = process.env.TEST_DATABASE_URL;
const SERVERS = [
  { name: 'SQLite', port: 3132, env: {} as Record<string, string>, available: true },
  { name: 'PostgreSQL', port: 3133, env: { DATABASE_URL: postgres ?? '', DATABASE_SCHEMA: `authz_${Date.now().toString(36)}` }, available: postgres !== undefined },
];

describe('the routes and pages list', () => {
  it('has a row for every route handler and page in the app', () => {
    expect(listedRoutes().sort()).toEqual(Object.keys(ROUTES).sort());
    expect(listedPages().sort()).toEqual(Object.keys(PAGES).sort());
  });
});

for (const backend of SERVERS) {
  describe.skipIf(!backend.available)(`who may read and change what, on ${backend.name}`, () => {
    let server: TAppServer;
    let context: TContext;
    beforeAll(async () => {
      server = await startAppServer(e2ePort(backend.port), tempDbPath(), backend.env);
      context = await signedInAs(server);
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('answers every route as the matrix says, for each of the five', async () => {
      const answered: Record<string, Record<string, number>> = {};
      const expected: Record<string, Record<string, number>> = {};
      for (const [route, row] of Object.entries(ROUTES)) {
        for (const who of WHO) {
          const { path, init } = await row.request(context);
          (answered[route] ??= {})[who] = (await context.as[who](path, { ...init, redirect: 'manual' })).status;
          (expected[route] ??= {})[who] = row.expect[who];
        }
      }
      expect(answered).toEqual(expected);
    });

    it('serves every page as the matrix says, sending the signed-out to 登录', async () => {
      const answered: Record<string, Record<string, number>> = {};
      const expected: Record<string, Record<string, number>> = {};
      for (const [page, row] of Object.entries(PAGES)) {
        for (const who of WHO) {
          const response = await context.as[who](row.path(context), { redirect: 'manual' });
          (answered[page] ??= {})[who] = response.status;
          (expected[page] ??= {})[who] = row.expect[who];
          if (who === 'anonymous' && response.status === 307 && page !== '/setup') expect(response.headers.get('location')).toMatch(/^\/sign-in\?next=/);
        }
      }
      expect(answered).toEqual(expected);
    });

    it('lists and backs up only what each may read: unit B never sees unit A’s report', async () => {
      const ids = async (who: TWho) => ((await (await context.as[who]('/api/reports')).json()) as Array<{ id: string }>).map((r) => r.id);
      expect(await ids('clerkA')).toContain(context.reportA);
      expect(await ids('reviewer')).toContain(context.reportA);
      expect(await ids('clerkB')).not.toContain(context.reportA);
      expect(await ids('admin')).toEqual([]);
      const backedUp = async (who: TWho) => ((await (await context.as[who]('/api/backup')).json()) as { reports: Array<{ id: string }> }).reports.map((r) => r.id);
      expect(await backedUp('clerkB')).not.toContain(context.reportA);
      expect(await backedUp('clerkA')).toContain(context.reportA);
    });
  });
}
