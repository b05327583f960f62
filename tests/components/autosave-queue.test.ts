import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutosaveQueue, type TSaveState, type TSend } from '@/components/report/autosave-queue';
import type { TApiResult } from '@/lib/http/api-client';
import type { TReport } from '@/lib/report/schema';
import { loadSample } from '../support/sample';

type TReply = TApiResult<{ version: number; updatedAt: string }>;

const titled = (title: string): TReport => ({ ...loadSample(), title });
const ok = (version: number): TReply => ({ ok: true, status: 200, data: { version, updatedAt: '2026-01-01T00:00:00Z' } });

/** A server whose answers the test releases one at a time, recording what each save carried. */
function fakeServer() {
  const calls: Array<{ title: string; version: number; saveId: string; answer: (reply: TReply) => void }> = [];
  const send: TSend = (report, version, saveId) => new Promise((resolve) => calls.push({ title: report.title, version, saveId, answer: resolve }));
  return { calls, send };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

describe('the autosave queue', () => {
  let states: TSaveState[];
  beforeEach(() => {
    vi.useFakeTimers();
    states = [];
  });
  afterEach(() => vi.useRealTimers());

  it('waits for a pause in typing and sends only the newest text', async () => {
    const server = fakeServer();
    const queue = new AutosaveQueue(server.send, 1, (s) => states.push(s));
    queue.schedule(titled('一'));
    await vi.advanceTimersByTimeAsync(500);
    queue.schedule(titled('一二'));
    await vi.advanceTimersByTimeAsync(799);
    expect(server.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls.map((c) => [c.title, c.version])).toEqual([['一二', 1]]);
  });

  it('keeps one save in flight and sends what was typed meanwhile on the acknowledged version', async () => {
    const server = fakeServer();
    const queue = new AutosaveQueue(server.send, 1, (s) => states.push(s));
    queue.schedule(titled('甲'));
    await vi.advanceTimersByTimeAsync(800);
    queue.schedule(titled('乙'));
    await vi.advanceTimersByTimeAsync(800);
    expect(server.calls).toHaveLength(1);
    server.calls[0]!.answer(ok(2));
    await settle();
    expect(server.calls.map((c) => [c.title, c.version])).toEqual([
      ['甲', 1],
      ['乙', 2],
    ]);
    server.calls[1]!.answer(ok(3));
    await settle();
    expect(states.at(-1)).toEqual({ kind: 'saved', at: '2026-01-01T00:00:00Z' });
    expect(queue.hasUnsaved()).toBe(false);
  });

  it('says 正在保存… from the first keystroke, not 已保存, until the server has answered', async () => {
    const server = fakeServer();
    const queue = new AutosaveQueue(server.send, 1, (s) => states.push(s));
    queue.schedule(titled('一'));
    expect(states.at(-1)).toEqual({ kind: 'saving' });
    await vi.advanceTimersByTimeAsync(800);
    expect(states.at(-1)).toEqual({ kind: 'saving' });
    server.calls[0]!.answer(ok(2));
    await settle();
    expect(states.at(-1)).toMatchObject({ kind: 'saved' });
  });

  it('keeps the text and retries when the server cannot be reached', async () => {
    const server = fakeServer();
    const queue = new AutosaveQueue(server.send, 4, (s) => states.push(s));
    queue.schedule(titled('断网时写的'));
    await vi.advanceTimersByTimeAsync(800);
    server.calls[0]!.answer({ ok: false, status: 0, message: '无法连接服务器' });
    await settle();
    expect(states.at(-1)).toEqual({ kind: 'offline', message: '离线，已暂存' });
    expect(queue.hasUnsaved()).toBe(true);
    await vi.advanceTimersByTimeAsync(3000);
    expect(server.calls.map((c) => [c.title, c.version])).toEqual([
      ['断网时写的', 4],
      ['断网时写的', 4],
    ]);
  });

  it('sends a save that got no reply again with the same id before what was typed since, so the server can answer it', async () => {
    const server = fakeServer();
    const queue = new AutosaveQueue(server.send, 1, (s) => states.push(s));
    queue.schedule(titled('甲'));
    await vi.advanceTimersByTimeAsync(800);
    queue.schedule(titled('甲乙'));
    server.calls[0]!.answer({ ok: false, status: 0, message: '无法连接服务器' });
    await settle();
    await vi.advanceTimersByTimeAsync(3000);
    expect(server.calls.map((c) => [c.title, c.version])).toEqual([
      ['甲', 1],
      ['甲', 1],
    ]);
    expect(server.calls[1]!.saveId).toBe(server.calls[0]!.saveId);
    server.calls[1]!.answer(ok(2));
    await settle();
    expect(server.calls.at(-1)).toMatchObject({ title: '甲乙', version: 2 });
    expect(server.calls.at(-1)!.saveId).not.toBe(server.calls[0]!.saveId);
    server.calls.at(-1)!.answer(ok(3));
    await settle();
    expect(states.at(-1)).toMatchObject({ kind: 'saved' });
  });

  it('holds a refused save after a conflict, says why, and never sends it over the newer version', async () => {
    const server = fakeServer();
    const queue = new AutosaveQueue(server.send, 1, (s) => states.push(s));
    queue.schedule(titled('旧窗口'));
    const flushed = queue.flush();
    await settle();
    server.calls[0]!.answer({ ok: false, status: 409, message: '已在其他窗口修改' });
    expect(await flushed).toBe(false);
    expect(states.at(-1)).toEqual({ kind: 'conflict', message: '已在其他窗口修改' });
    queue.schedule(titled('旧窗口又改'));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.calls).toHaveLength(1);
    expect(queue.hasUnsaved()).toBe(true);
  });

  it('after a conflict, saves the text the clerk chose on top of the version the server has now', async () => {
    const server = fakeServer();
    const queue = new AutosaveQueue(server.send, 1, (s) => states.push(s));
    queue.schedule(titled('我的'));
    const first = queue.flush();
    await settle();
    server.calls[0]!.answer({ ok: false, status: 409, message: '冲突' });
    expect(await first).toBe(false);
    const resolved = queue.resolve(titled('我的'), 7);
    await settle();
    expect(server.calls.map((c) => [c.title, c.version])).toEqual([
      ['我的', 1],
      ['我的', 7],
    ]);
    server.calls[1]!.answer(ok(8));
    expect(await resolved).toBe(true);
  });

  it('keeps every unacknowledged text in the stash and clears it once the server has it', async () => {
    const server = fakeServer();
    const stash = { put: vi.fn(), clear: vi.fn() };
    const queue = new AutosaveQueue(server.send, 3, (s) => states.push(s), undefined, stash);
    queue.schedule(titled('暂存'));
    expect(stash.put).toHaveBeenCalledWith(expect.objectContaining({ title: '暂存' }), 3);
    await vi.advanceTimersByTimeAsync(800);
    expect(stash.clear).not.toHaveBeenCalled();
    server.calls[0]!.answer(ok(4));
    await settle();
    expect(stash.clear).toHaveBeenCalledTimes(1);
  });

  it('flush resolves true once the server has the text, at once when nothing is pending', async () => {
    const server = fakeServer();
    const queue = new AutosaveQueue(server.send, 1, (s) => states.push(s));
    expect(await queue.flush()).toBe(true);
    queue.schedule(titled('离开前'));
    const flushed = queue.flush();
    await settle();
    server.calls[0]!.answer(ok(2));
    expect(await flushed).toBe(true);
  });
});
