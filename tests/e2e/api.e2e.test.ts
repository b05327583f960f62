import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type TAppServer } from '../support/app-server';
import { loadSample } from '../support/sample';
import { tempDbPath } from '../support/temp-db';
import { e2ePort } from '../support/ports';

let server: TAppServer;

beforeAll(async () => {
  server = await startAppServer(e2ePort(3118), tempDbPath());
});

afterAll(async () => {
  await server?.stop();
});

const api = (path: string, init?: RequestInit) => server.fetch(`/api/reports${path}`, init);
const list = async () => (await (await api('')).json()) as Array<{ id: string; version: number; title: string; downloadedAt: string | null }>;

describe('the reports API', () => {
  it('creates from the form, proposing title, signature and opening', async () => {
    const input = { unit: '重庆市巴南区东温泉镇人民政府', unitKind: '镇', year: 2025, recipient: '区委、区人民政府' };
    const created = await api('', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ from: 'form', input }) });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const report = (await (await api(`/${id}`)).json()) as { title: string; signature: string };
    expect(report).toMatchObject({ title: '东温泉镇人民政府关于2025年法治政府建设情况的报告', signature: '重庆市巴南区东温泉镇人民政府' });
  });

  it('refuses malformed JSON (400), an over-large body (413) and an invalid report (422), creating nothing', async () => {
    const before = (await list()).length;
    const malformed = await api('', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"from":' });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ message: '提交的数据不是有效的 JSON，未保存。' });
    const huge = await api('', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ from: 'report', report: { ...loadSample(), opening: '字'.repeat(600_000) } }) });
    expect(huge.status).toBe(413);
    const invalid = await api('', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ from: 'report', report: { ...loadSample(), title: '坏\u0000标题' } }) });
    expect(invalid.status).toBe(422);
    expect(await invalid.json()).toMatchObject({ fieldErrors: [{ path: 'report.title', message: '标题含有无法保存的控制字符，请删除后重试' }] });
    expect((await list()).length).toBe(before);
  });

  it('saves on the current version, refuses a stale one with 409, and leaves the newer text in place', async () => {
    const { id } = (await (await api('', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ from: 'sample' }) })).json()) as { id: string };
    const save = (version: number, title: string) => api(`/${id}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ version, report: { ...loadSample(), title } }) });
    const first = await save(1, '第二稿');
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ version: 2 });
    const stale = await save(1, '旧窗口');
    expect(stale.status).toBe(409);
    const current = await api(`/${id}`);
    expect(current.headers.get('etag')).toBe('"v2"');
    expect(((await current.json()) as { title: string }).title).toBe('第二稿');
    const invalid = await api(`/${id}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ version: 2, report: { ...loadSample(), year: 'x' } }) });
    expect(invalid.status).toBe(422);
    expect(((await (await api(`/${id}`)).json()) as { title: string }).title).toBe('第二稿');
  });

  it('reads pasted text at /api/import and refuses bad uploads with clear messages, storing nothing', async () => {
    const before = (await list()).length;
    const pasted = await server.fetch(`/api/import`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: '某镇关于2024年法治政府建设情况的报告\n一、主要举措\n开展普法。' }) });
    expect(await pasted.json()).toMatchObject({ year: 2024, sections: [{ source: '一、主要举措', part: 'measures' }] });
    const upload = (bytes: Uint8Array<ArrayBuffer>, name: string) => {
      const form = new FormData();
      form.set('file', new Blob([bytes]), name);
      return server.fetch(`/api/import`, { method: 'POST', body: form });
    };
    const png = await upload(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2]), '报告.docx');
    expect(png.status).toBe(415);
    expect(((await png.json()) as { message: string }).message).toContain('这是图片文件');
    const big = await upload(new Uint8Array(11 * 1_048_576), '报告.txt');
    expect(big.status).toBe(413);
    expect(((await big.json()) as { message: string }).message).toContain('超过 10 MB');
    expect((await server.fetch(`/api/import`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"text":' })).status).toBe(400);
    expect((await list()).length).toBe(before);
  });

  it('downloads a .docx with a UTF-8 file name and answers 404 for a deleted report', async () => {
    const { id } = (await (await api('', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ from: 'sample' }) })).json()) as { id: string };
    expect((await api(`/${id}/docx`)).status).toBe(409);
    const download = await api(`/${id}/docx?confirm=secrecy`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(download.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('青石镇人民政府关于2025年法治政府建设情况的报告')}.docx`);
    expect(new Uint8Array(await download.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    // A GET changes nothing; the app's download button posts, and that is recorded (已下载).
    const downloadedAt = async () => (await list()).find((r) => r.id === id)?.downloadedAt;
    expect(await downloadedAt()).toBeNull();
    expect((await api(`/${id}/docx?confirm=secrecy`, { method: 'POST' })).status).toBe(200);
    expect(await downloadedAt()).toEqual(expect.any(String));
    expect((await api(`/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api(`/${id}`)).status).toBe(404);
    expect((await api(`/${id}/docx`)).status).toBe(404);
    expect((await list()).some((r) => r.id === id)).toBe(false);
  });
});

describe('signing in', () => {
  const signIn = (username: string, password: string, forwardedFor: string) =>
    fetch(`${server.url}/api/auth/sign-in/username`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forwardedFor },
      body: JSON.stringify({ username, password }),
    });

  it('makes a login wait after five wrong passwords, however many addresses the guesses claim to come from, and says the same for a name that does not exist', async () => {
    const created = await server.fetch('/api/users', { method: 'POST', body: JSON.stringify({ name: '王五', login: 'wangwu', password: 'right-password-1', roles: ['reviewer'] }) });
    expect(created.status).toBe(201);
    for (const login of ['wangwu', 'nobody-here']) {
      for (let i = 0; i < 5; i++) {
        const guess = await signIn(login, `guess-${i}`, `10.0.0.${i}`);
        expect(guess.status).toBe(401);
        expect(((await guess.json()) as { message: string }).message).toBe('登录名或密码不正确。');
      }
      const waiting = await signIn(login, 'right-password-1', '10.9.9.9');
      expect(waiting.status).toBe(429);
      expect(((await waiting.json()) as { message: string }).message).toMatch(/^尝试次数过多，请 \d+ 秒后再试。$/);
      expect(waiting.headers.getSetCookie()).toEqual([]);
    }
  });
});
