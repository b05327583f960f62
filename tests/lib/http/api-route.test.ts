import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, UnreadableReportError } from '@/lib/db/errors';
import { apiRoute, DATABASE_UNAVAILABLE } from '@/lib/http/api-route';
import { checkedReport } from '@/lib/report/read-report';
import { loadSample } from '../../support/sample';

const failing = (error: unknown) =>
  apiRoute(() => {
    throw error;
  });

/** What the pg driver and PostgreSQL throw while the server is stopped, restarting or overloaded. */
const unavailable = [
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
  Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
  Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
  Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }),
  new Error('Connection terminated unexpectedly'),
  new Error('timeout exceeded when trying to connect'),
  new AggregateError([Object.assign(new Error('connect ECONNREFUSED ::1:5432'), { code: 'ECONNREFUSED' })]),
  new Error('数据库迁移失败', { cause: Object.assign(new Error('x'), { code: '08006' }) }),
];

/** A request from the app's own page (or from no page at all). */
const request = () => new Request('http://127.0.0.1:3000/api/reports');

describe('apiRoute', () => {
  it('answers 503 with the Chinese message while the database is away', async () => {
    for (const error of unavailable) {
      expect(isDatabaseUnavailable(error)).toBe(true);
      const response = await failing(error)(request());
      expect(response.status).toBe(503);
      expect(response.headers.get('Retry-After')).toBe('5');
      expect(await response.json()).toEqual({ message: DATABASE_UNAVAILABLE });
    }
  });

  it('answers 422 with field messages for a report that would not read back', async () => {
    let error: unknown;
    try {
      checkedReport({ ...loadSample(), template: 'constructor' });
    } catch (e) {
      error = e;
    }
    const response = await failing(error)(request());
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ message: expect.stringContaining('未保存'), fieldErrors: [{ path: 'template', message: expect.stringContaining('模板') }] });
  });

  it('names the raw data of a stored report that cannot be read', async () => {
    const response = await failing(new UnreadableReportError('r1', '保存的数据不是有效的 JSON'))(request());
    expect(response.status).toBe(500);
    expect(((await response.json()) as { message: string }).message).toContain('/api/reports/r1/raw');
  });

  it('leaves a programming error to Next, and passes a good answer through', async () => {
    const bug = new TypeError('x is undefined');
    expect(isDatabaseUnavailable(bug)).toBe(false);
    await expect(failing(bug)(request())).rejects.toBe(bug);
    expect((await apiRoute((_request: Request, n: number) => Promise.resolve(Response.json(n)))(request(), 7)).status).toBe(200);
  });

  it('refuses a change asked for by a page of another site before the handler runs', async () => {
    let ran = false;
    const handler = apiRoute(() => {
      ran = true;
      return Promise.resolve(new Response(null, { status: 204 }));
    });
    const response = await handler(new Request('http://127.0.0.1:3000/api/reports', { method: 'POST', headers: { host: '127.0.0.1:3000', origin: 'http://127.0.0.1:4000' } }));
    expect(response.status).toBe(403);
    expect(((await response.json()) as { message: string }).message).toContain('其他网站');
    expect(ran).toBe(false);
  });
});

describe('the repository errors', () => {
  it('are recognised by name, as when thrown by another bundle\'s copy of their class', () => {
    const fromOtherBundle = Object.assign(new Error('这份报告保存的数据无法读取：x'), { name: 'UnreadableReportError' });
    expect(fromOtherBundle instanceof UnreadableReportError).toBe(true);
    expect(new Error('x') instanceof UnreadableReportError).toBe(false);
  });
});
