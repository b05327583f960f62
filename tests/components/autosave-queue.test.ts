import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutosaveQueue, type TLoadMerge, type TSaveState, type TSend } from '@/components/report/autosave-queue';
import type { TApiResult } from '@/lib/http/api-client';
import type { TSavedReply } from '@/lib/http/save-replies';
import { mergeReports } from '@/lib/report/merge-reports';
import type { TReport } from '@/lib/report/schema';
import { loadSample } from '../support/sample';

type TReply = TApiResult<TSavedReply>;

const titled = (title: string): TReport => ({ ...loadSample(), title });
const ok = (version: number): TReply => ({ ok: true, status: 200, data: { version, updatedAt: '2026-01-01T00:00:00Z' } });

/** A server whose answers the test releases one at a time, recording what each save carried. */
function fakeServer() {
  const calls: Array<{ title: string; version: number; saveId: string; resolved: boolean; answer: (reply: TReply) => void }> = [];
  const send: TSend = (report, version, saveId, resolved) => new Promise((resolve) => calls.push({ title: report.title, version, saveId, resolved, answer: resolve }));
  return { calls, send };
}

/** Lets the queue take in a reply, loading the merge when the reply needs it. */
const settle = async () => {
  await vi.advanceTimersByTimeAsync(0);
  await vi.dynamicImportSettled();
};

describe('the autosave queue', () => {
  let states: TSaveState[];
  let adopted: TReport[];
  const adopt = (report: TReport) => adopted.push(report);
  beforeEach(() => {
    vi.useFakeTimers();
    states = [];
    adopted = [];
  });
  afterEach(() => vi.useRealTimers());

  it('waits for a pause in typing and sends only the newest text', async () => {
    const server = fakeServer();
    const queue = new AutosaveQueue(server.send, 1, loadSample(), adopt, (s) => states.push(s));
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
    const queue = new AutosaveQueue(server.send, 1, loadSample(), adopt, (s) => states.push(s));
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
    const queue = new AutosaveQueue(server.send, 1, loadSample(), adopt, (s) => states.push(s));
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
    const queue = new AutosaveQueue(server.send, 4, loadSample(), adopt, (s) => states.push(s));
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

  it('when the session has expired, holds every text (journalled) without sending until the clerk signs in again, then sends the refused save with its id and what was typed since', async () => {
    const server = fakeServer();
    const journal = { record: vi.fn(), acknowledged: vi.fn() };
    const queue = new AutosaveQueue(server.send, 2, loadSample(), adopt, (s) => states.push(s), journal);
    queue.schedule(titled('过期前'));
    await vi.advanceTimersByTimeAsync(800);
    server.calls[0]!.answer({ ok: false, status: 401, message: '登录已过期' });
    await settle();
    expect(states.at(-1)).toEqual({ kind: 'signed-out', message: '登录已过期' });
    queue.schedule(titled('过期后接着写'));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.calls).toHaveLength(1);
    expect(states.at(-1)).toMatchObject({ kind: 'signed-out' });
    expect(journal.record).toHaveBeenLastCalledWith(titled('过期后接着写'), 2, loadSample());
    expect(queue.hasUnsaved()).toBe(true);
    expect(await queue.flush()).toBe(false);
    queue.resume();
    await settle();
    expect(server.calls.map((c) => [c.title, c.version])).toEqual([
      ['过期前', 2],
      ['过期前', 2],
    ]);
    expect(server.calls[1]!.saveId).toBe(server.calls[0]!.saveId);
    server.calls[1]!.answer(ok(3));
    await settle();
    expect(server.calls.at(-1)).toMatchObject({ title: '过期后接着写', version: 3 });
    server.calls.at(-1)!.answer(ok(4));
    await settle();
    expect(states.at(-1)).toMatchObject({ kind: 'saved' });
    expect(queue.hasUnsaved()).toBe(false);
  });

  it('stops sending to a report that became read-only (报送) and says why, keeping the text unsent', async () => {
    const server = fakeServer();
    const queue = new AutosaveQueue(server.send, 5, loadSample(), adopt, (s) => states.push(s));
    queue.schedule(titled('报送后'));
    await vi.advanceTimersByTimeAsync(800);
    server.calls[0]!.answer({ ok: false, status: 403, message: '这份报告已报送，县里审核前不能修改。' });
    await settle();
    expect(states.at(-1)).toEqual({ kind: 'failed', message: '这份报告已报送，县里审核前不能修改。' });
    queue.schedule(titled('报送后又改'));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.calls).toHaveLength(1);
    expect(states.at(-1)).toMatchObject({ kind: 'failed' });
    expect(queue.hasUnsaved()).toBe(true);
  });

  it('sends a save that got no reply again with the same id before what was typed since, so the server can answer it', async () => {
    const server = fakeServer();
    const queue = new AutosaveQueue(server.send, 1, loadSample(), adopt, (s) => states.push(s));
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

  it('holds a save after a conflict with what the server sent to merge with, and never sends it over the newer version', async () => {
    const server = fakeServer();
    const queue = new AutosaveQueue(server.send, 1, loadSample(), adopt, (s) => states.push(s));
    queue.schedule(titled('旧窗口'));
    const flushed = queue.flush();
    await settle();
    server.calls[0]!.answer({ ok: false, status: 409, message: '冲突', body: { message: '冲突', version: 5, current: titled('新窗口'), base: loadSample() } });
    expect(await flushed).toBe(false);
    expect(states.at(-1)).toMatchObject({ kind: 'conflict', conflict: { version: 5, theirs: { title: '新窗口' }, base: loadSample() } });
    queue.schedule(titled('旧窗口又改'));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.calls).toHaveLength(1);
    expect(queue.hasUnsaved()).toBe(true);
  });

  it('after a conflict, saves the text the clerk chose on top of the version the server has now, marked as a resolution', async () => {
    const server = fakeServer();
    const queue = new AutosaveQueue(server.send, 1, loadSample(), adopt, (s) => states.push(s));
    queue.schedule(titled('我的'));
    const first = queue.flush();
    await settle();
    server.calls[0]!.answer({ ok: false, status: 409, message: '冲突', body: { message: '冲突', version: 7, current: titled('他的'), base: loadSample() } });
    expect(await first).toBe(false);
    const conflict = states.at(-1)!.kind === 'conflict' ? (states.at(-1) as Extract<TSaveState, { kind: 'conflict' }>).conflict : null;
    expect(conflict).toMatchObject({ version: 7, source: 'server' });
    // Leaving the page waits for nothing while the clerk has not chosen.
    expect(await queue.flush()).toBe(false);
    const resolved = queue.resolve(titled('我的'), conflict!);
    await settle();
    expect(server.calls.map((c) => [c.title, c.version, c.resolved])).toEqual([
      ['我的', 1, false],
      ['我的', 7, true],
    ]);
    server.calls[1]!.answer(ok(8));
    expect(await resolved).toBe(true);
  });

  it('takes the text the server merged onto the screen, with what was typed meanwhile merged in and sent next', async () => {
    const server = fakeServer();
    const queue = new AutosaveQueue(server.send, 1, loadSample(), adopt, (s) => states.push(s));
    const sent = titled('我的标题');
    queue.schedule(sent);
    await vi.advanceTimersByTimeAsync(800);
    const typed = { ...sent, recipient: '区委、区人民政府' };
    queue.schedule(typed);
    const merged = { ...sent, signature: '另一个窗口改的落款' };
    server.calls[0]!.answer({ ok: true, status: 200, data: { version: 3, updatedAt: 'x', report: merged } });
    await settle();
    expect(adopted).toEqual([{ ...merged, recipient: '区委、区人民政府' }]);
    await vi.advanceTimersByTimeAsync(800);
    expect(server.calls.at(-1)).toMatchObject({ version: 3, title: '我的标题' });
    server.calls.at(-1)!.answer(ok(4));
    await settle();
    expect(states.at(-1)).toMatchObject({ kind: 'saved' });
  });

  it('shows a conflict when what was typed during a save changed the place the merge brought in from elsewhere', async () => {
    const server = fakeServer();
    const queue = new AutosaveQueue(server.send, 1, loadSample(), adopt, (s) => states.push(s));
    const sent = titled('我的标题');
    queue.schedule(sent);
    await vi.advanceTimersByTimeAsync(800);
    queue.schedule({ ...sent, signature: '我刚改的落款' });
    server.calls[0]!.answer({ ok: true, status: 200, data: { version: 3, updatedAt: 'x', report: { ...sent, signature: '另一个窗口改的落款' } } });
    await settle();
    expect(adopted).toEqual([]);
    expect(states.at(-1)).toMatchObject({ kind: 'conflict', conflict: { version: 3, base: sent } });
    expect(queue.hasUnsaved()).toBe(true);
  });

  describe('while the merge loads', () => {
    /** A merge whose loading the test lets finish, or fail. */
    function heldMerge() {
      let finish: (loaded: boolean) => void = () => undefined;
      const load: TLoadMerge = () => new Promise((resolve) => (finish = (loaded) => resolve(loaded ? mergeReports : null)));
      return { load, finish: (loaded: boolean) => finish(loaded) };
    }

    it('holds what is typed during the load, merges it too, and sends nothing until the merge is done', async () => {
      const server = fakeServer();
      const merge = heldMerge();
      const queue = new AutosaveQueue(server.send, 1, loadSample(), adopt, (s) => states.push(s), undefined, undefined, merge.load);
      const sent = titled('我的标题');
      queue.schedule(sent);
      await vi.advanceTimersByTimeAsync(800);
      queue.schedule({ ...sent, recipient: '区委、区人民政府' });
      const merged = { ...sent, signature: '另一个窗口改的落款' };
      server.calls[0]!.answer({ ok: true, status: 200, data: { version: 3, updatedAt: 'x', report: merged } });
      await settle();
      queue.schedule({ ...sent, recipient: '区委、区人民政府', opening: '加载时写的导语' });
      await vi.advanceTimersByTimeAsync(800);
      expect(server.calls).toHaveLength(1);
      expect(queue.hasUnsaved()).toBe(true);
      merge.finish(true);
      await settle();
      expect(adopted).toEqual([{ ...merged, recipient: '区委、区人民政府', opening: '加载时写的导语' }]);
      await vi.advanceTimersByTimeAsync(800);
      expect(server.calls.at(-1)).toMatchObject({ version: 3, title: '我的标题' });
    });

    it('sends the save again with its id when the merge cannot be loaded, keeping what was typed', async () => {
      const server = fakeServer();
      const merge = heldMerge();
      const queue = new AutosaveQueue(server.send, 1, loadSample(), adopt, (s) => states.push(s), undefined, undefined, merge.load);
      const sent = titled('我的标题');
      queue.schedule(sent);
      await vi.advanceTimersByTimeAsync(800);
      const typed = { ...sent, recipient: '区委、区人民政府' };
      queue.schedule(typed);
      const merged = { ...sent, signature: '另一个窗口改的落款' };
      server.calls[0]!.answer({ ok: true, status: 200, data: { version: 3, updatedAt: 'x', report: merged } });
      await settle();
      merge.finish(false);
      await settle();
      expect(adopted).toEqual([]);
      expect(states.at(-1)).toMatchObject({ kind: 'retrying' });
      expect(queue.hasUnsaved()).toBe(true);
      await vi.advanceTimersByTimeAsync(3000);
      expect(server.calls.map((c) => [c.title, c.version])).toEqual([
        ['我的标题', 1],
        ['我的标题', 1],
      ]);
      expect(server.calls[1]!.saveId).toBe(server.calls[0]!.saveId);
      server.calls[1]!.answer({ ok: true, status: 200, data: { version: 3, updatedAt: 'x', report: merged } });
      await settle();
      merge.finish(true);
      await settle();
      expect(adopted).toEqual([{ ...merged, recipient: '区委、区人民政府' }]);
    });
  });

  it("takes another tab's save quietly when it has nothing unsent, and saves at once (to be merged) when it has", async () => {
    const server = fakeServer();
    const queue = new AutosaveQueue(server.send, 2, loadSample(), adopt, (s) => states.push(s));
    queue.heard(titled('旧的'), 2);
    expect(adopted).toEqual([]);
    queue.heard(titled('另一个窗口'), 3);
    expect(adopted).toEqual([titled('另一个窗口')]);
    queue.schedule(titled('这个窗口'));
    queue.heard(titled('另一个窗口又改'), 4);
    await settle();
    expect(server.calls.map((c) => [c.title, c.version])).toEqual([['这个窗口', 3]]);
  });

  it('after a clash found here, saves the choice over the version it knows, marked as a resolution, and nothing before', async () => {
    const server = fakeServer();
    const queue = new AutosaveQueue(server.send, 4, loadSample(), adopt, (s) => states.push(s));
    queue.clash(loadSample(), titled('恢复的'), titled('屏幕上的'), 'journal');
    expect(states.at(-1)).toMatchObject({ kind: 'conflict', conflict: { version: null, source: 'journal' } });
    queue.schedule(titled('屏幕上的又改'));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.calls).toHaveLength(0);
    const saved = queue.resolve(titled('选好的'), (states.at(-1) as Extract<TSaveState, { kind: 'conflict' }>).conflict);
    await settle();
    expect(server.calls.map((c) => [c.title, c.version, c.resolved])).toEqual([['选好的', 4, true]]);
    server.calls[0]!.answer(ok(5));
    expect(await saved).toBe(true);
  });

  it('journals every text on screen at once, with the version and text it was edited from, and tells it what the server holds', async () => {
    const server = fakeServer();
    const journal = { record: vi.fn(), acknowledged: vi.fn() };
    const queue = new AutosaveQueue(server.send, 3, loadSample(), adopt, (s) => states.push(s), journal);
    queue.schedule(titled('一'));
    queue.schedule(titled('一二'));
    expect(journal.record.mock.calls).toEqual([
      [titled('一'), 3, loadSample()],
      [titled('一二'), 3, loadSample()],
    ]);
    await vi.advanceTimersByTimeAsync(800);
    expect(journal.acknowledged).not.toHaveBeenCalled();
    server.calls[0]!.answer(ok(4));
    await settle();
    expect(journal.acknowledged).toHaveBeenCalledWith(titled('一二'), titled('一二'), 4);
  });

  it('flush resolves true once the server has the text, at once when nothing is pending', async () => {
    const server = fakeServer();
    const queue = new AutosaveQueue(server.send, 1, loadSample(), adopt, (s) => states.push(s));
    expect(await queue.flush()).toBe(true);
    queue.schedule(titled('离开前'));
    const flushed = queue.flush();
    await settle();
    server.calls[0]!.answer(ok(2));
    expect(await flushed).toBe(true);
  });
});
