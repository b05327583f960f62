import { describe, expect, it } from 'vitest';
import { readJsonBody } from '@/lib/http/read-json-body';
import { ZSaveRequest } from '@/lib/report/requests';
import { loadSample } from '../../support/sample';

const post = (body: string, type = 'application/json') => new Request('http://localhost/api', { method: 'POST', body, headers: { 'Content-Type': type } });

describe('reading a request body', () => {
  it('passes a valid save through', async () => {
    const result = await readJsonBody(post(JSON.stringify({ version: 1, report: loadSample() })), ZSaveRequest);
    expect(result.ok).toBe(true);
  });

  it('answers 415 for a body not declared JSON (what a form or a text/plain post from another site sends)', async () => {
    const body = JSON.stringify({ version: 1, report: loadSample() });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp', ''])
      expect(await readJsonBody(post(body, type), ZSaveRequest)).toMatchObject({ ok: false, status: 415 });
    expect(await readJsonBody(post(body, 'Application/JSON; charset=utf-8'), ZSaveRequest)).toMatchObject({ ok: true });
  });

  it('answers 400 in Chinese for malformed JSON', async () => {
    expect(await readJsonBody(post('{"version":'), ZSaveRequest)).toEqual({ ok: false, status: 400, message: '提交的数据不是有效的 JSON，未保存。' });
  });

  it('answers 413 for a body over 1 MB, however it is sent', async () => {
    const big = JSON.stringify({ version: 1, report: { ...loadSample(), opening: '字'.repeat(400_000) } });
    expect(await readJsonBody(post(big), ZSaveRequest)).toMatchObject({ ok: false, status: 413 });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new Uint8Array(100_000));
        controller.close();
      },
    });
    const chunked = new Request('http://localhost/api', { method: 'POST', body: stream, duplex: 'half', headers: { 'Content-Type': 'application/json' } } as RequestInit);
    expect(await readJsonBody(chunked, ZSaveRequest)).toMatchObject({ ok: false, status: 413 });
  });

  it('answers 422 with a Chinese message for each field', async () => {
    const report = { ...loadSample(), year: 1999, unitKind: '村' };
    const result = await readJsonBody(post(JSON.stringify({ version: 1, report })), ZSaveRequest);
    expect(result).toMatchObject({ ok: false, status: 422 });
    if (result.ok) return;
    expect(result.fieldErrors).toEqual([
      { path: 'report.unitKind', message: '单位类型只能是镇、乡、街道或县级部门' },
      { path: 'report.year', message: '报告年度不能早于2000年' },
    ]);
    expect(result.message).toBe('提交的内容有 2 处问题，未保存：单位类型只能是镇、乡、街道或县级部门');
  });

  it("names the field in zod's own messages", async () => {
    const result = await readJsonBody(post(JSON.stringify({ version: 'x', report: loadSample() })), ZSaveRequest);
    expect(!result.ok && result.fieldErrors?.[0]?.message).toMatch(/^版本号：/);
  });
});
