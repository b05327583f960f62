import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BroadcastChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { TaskFailure, WorkerPool } from '@/lib/workers/worker-pool';

// A worker with tasks that never end, eat memory, fail after answering, or answer: the pool's limits are
// what is under test, so the hostile tasks are plain and certain rather than crafted files. Time limits
// are generous: a task that ends does so in milliseconds, one that spins never does, so nothing here
// depends on how fast the machine is.
const script = join(mkdtempSync(join(tmpdir(), 'nianbao-pool-')), 'worker.cjs');
writeFileSync(
  script,
  `const { parentPort, BroadcastChannel } = require('node:worker_threads');
// An idle worker fails when the test says so, on a channel of its own, not through the pool.
const poke = new BroadcastChannel('nianbao-pool-test');
poke.unref();
poke.onmessage = () => { throw new Error('idle boom'); };
parentPort.on('message', ({ task, input }) => {
  if (task === 'spin') for (;;) {}
  if (task === 'hog') { const keep = []; for (;;) keep.push(new Array(1e5).fill(keep.length)); }
  if (task === 'exit') process.exit(3);
  parentPort.postMessage({ ok: true, value: input * 2 });
});`,
);

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof TaskFailure ? error.reason : error),
  );

describe('the worker pool', () => {
  let pool: WorkerPool;
  afterEach(() => pool.close());

  it('stops a task that runs past its time limit, and the next task runs in a fresh worker', async () => {
    pool = new WorkerPool({ script, size: 1, queue: 1, timeoutMs: 2_000, heapMb: 64 });
    expect(await failure(pool.run('spin', 0))).toBe('timeout');
    expect(await pool.run('double', 21)).toEqual({ ok: true, value: 42 });
  });

  it('stops a task that runs past its memory limit without harming this process', async () => {
    pool = new WorkerPool({ script, size: 1, queue: 0, timeoutMs: 60_000, heapMb: 32 });
    expect(await failure(pool.run('hog', 0))).toBe('memory');
    expect(await pool.run('double', 1)).toEqual({ ok: true, value: 2 });
  });

  it('reports a worker that dies as crashed', async () => {
    pool = new WorkerPool({ script, size: 1, queue: 0, timeoutMs: 60_000, heapMb: 32 });
    expect(await failure(pool.run('exit', 0))).toBe('crashed');
    expect(await pool.run('double', 2)).toEqual({ ok: true, value: 4 });
  });

  it('hears a worker that fails after answering, while idle, without harming this process or timing out the next task', async () => {
    pool = new WorkerPool({ script, size: 1, queue: 0, timeoutMs: 60_000, heapMb: 32 });
    expect(await pool.run('double', 1)).toEqual({ ok: true, value: 2 });
    const channel = new BroadcastChannel('nianbao-pool-test');
    channel.postMessage('boom');
    channel.close();
    // The next task may still be handed to the failing worker (then it is told the worker crashed);
    // the one after it runs in a fresh worker.
    const outcomes = [await failure(pool.run('double', 3)), await failure(pool.run('double', 4)), await pool.run('double', 5)];
    expect(outcomes).not.toContain('timeout');
    expect(outcomes.at(-1)).toEqual({ ok: true, value: 10 });
  });

  it('runs at most `size` tasks at once, queues `queue` more, and refuses the rest at once', async () => {
    pool = new WorkerPool({ script, size: 1, queue: 1, timeoutMs: 2_000, heapMb: 32 });
    const running = failure(pool.run('spin', 0));
    const queued = pool.run('double', 5);
    expect(await failure(pool.run('double', 6))).toBe('busy');
    expect(await running).toBe('timeout');
    expect(await queued).toEqual({ ok: true, value: 10 });
  });
});
