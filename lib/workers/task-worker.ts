import { parentPort } from 'node:worker_threads';
import type { TWorkerReply } from './worker-pool';
import { TASKS, type TTaskName } from './tasks';

// The entry of the bundled worker: one task at a time, its result or the error it threw sent back. A
// runaway task is not this file's concern: the pool terminates the whole worker.
parentPort?.on('message', ({ task, input }: { task: TTaskName; input: unknown }) => {
  const run = TASKS[task] as (input: unknown) => unknown;
  Promise.resolve()
    .then((): unknown => run(input))
    .then(
      // Copied, not transferred: a small Buffer's memory may be a slice of Node's shared pool.
      (value: unknown) => parentPort!.postMessage({ ok: true, value } satisfies TWorkerReply),
      (error: unknown) => {
        const e = error instanceof Error ? error : new Error(String(error));
        const status = (e as { status?: unknown }).status;
        parentPort!.postMessage({ ok: false, error: { name: e.name, message: e.message, ...(typeof status === 'number' ? { status } : {}) } } satisfies TWorkerReply);
      },
    );
});
