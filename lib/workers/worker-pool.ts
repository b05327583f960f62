import { Worker } from 'node:worker_threads';
import { isNamedError } from '../named-error';

/** Why a task did not finish; each becomes a Chinese message where it reaches the clerk. */
export type TTaskFailure = 'timeout' | 'memory' | 'busy' | 'crashed';

export class TaskFailure extends Error {
  constructor(
    readonly reason: TTaskFailure,
    message: string,
  ) {
    super(message);
    this.name = 'TaskFailure';
  }

  // The pools are one per process (globalThis) while Next bundles this module once per route and layer.
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isNamedError(value, 'TaskFailure');
  }
}

export type TPoolOptions = {
  /** The bundled worker script (see scripts/build-workers.mjs). */
  script: string;
  /** Tasks that run at once; each in a worker of its own. */
  size: number;
  /** Tasks that may wait for a worker; one more is refused at once. */
  queue: number;
  timeoutMs: number;
  /** The worker's V8 heap; past it the worker is stopped, not the server. */
  heapMb: number;
};

/** What a worker answers: the task's value, or an error it threw on purpose (e.g. an ImportError). */
export type TWorkerReply = { ok: true; value: unknown } | { ok: false; error: { name: string; message: string; status?: number } };

type TJob = { task: string; input: unknown; resolve: (reply: TWorkerReply) => void; reject: (error: Error) => void };

/** A worker and the task it runs now, if any: its listeners stay for its whole life, so an idle worker
 * that fails or exits is heard (and dropped) instead of ending the server or being handed the next task. */
type TSlot = { worker: Worker; online: boolean; current: { reply: (reply: TWorkerReply) => void; fail: (failure: TaskFailure) => void } | null };

/**
 * Runs CPU-bound tasks on untrusted input off the request thread. Each task gets a time limit and a heap
 * limit; a worker that runs past either is terminated (and replaced on the next task), so one hostile
 * file or report costs one worker, never the server. Idle workers do not keep a process alive.
 */
export class WorkerPool {
  private readonly idle: TSlot[] = [];
  private readonly waiting: TJob[] = [];
  private running = 0;

  constructor(private readonly options: TPoolOptions) {}

  run(task: string, input: unknown): Promise<TWorkerReply> {
    return new Promise((resolve, reject) => {
      const job = { task, input, resolve, reject };
      if (this.running < this.options.size) this.start(job);
      else if (this.waiting.length < this.options.queue) this.waiting.push(job);
      else reject(new TaskFailure('busy', 'busy'));
    });
  }

  /** Stops every idle worker (tests and the CLI end cleanly without waiting for them to be collected). */
  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((slot) => slot.worker.terminate()));
  }

  private spawn(): TSlot {
    const worker = new Worker(this.options.script, {
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb, maxYoungGenerationSizeMb: Math.min(64, this.options.heapMb / 4) },
    });
    const slot: TSlot = { worker, online: false, current: null };
    worker.on('online', () => (slot.online = true));
    worker.on('message', (reply: TWorkerReply) => slot.current?.reply(reply));
    worker.on('error', (error: Error & { code?: string }) => slot.current?.fail(new TaskFailure(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crashed', error.message)));
    worker.on('exit', () => {
      const at = this.idle.indexOf(slot);
      if (at >= 0) this.idle.splice(at, 1);
      slot.current?.fail(new TaskFailure('crashed', 'the worker exited'));
    });
    return slot;
  }

  private start(job: TJob): void {
    this.running += 1;
    const slot = this.idle.pop() ?? this.spawn();
    slot.worker.ref();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (outcome: () => void, reusable: boolean) => {
      slot.current = null;
      clearTimeout(timer);
      slot.worker.off('online', startClock);
      this.running -= 1;
      if (reusable) {
        slot.worker.unref();
        this.idle.push(slot);
      } else void slot.worker.terminate();
      outcome();
      const next = this.waiting.shift();
      if (next) this.start(next);
    };
    slot.current = {
      reply: (reply) => finish(() => job.resolve(reply), true),
      fail: (failure) => finish(() => job.reject(failure), false),
    };
    // The limit is the task's: a fresh worker's start-up (slow on a busy machine) is not the file's doing.
    const startClock = () => {
      timer = setTimeout(() => slot.current?.fail(new TaskFailure('timeout', `${job.task} ran past ${this.options.timeoutMs} ms`)), this.options.timeoutMs);
    };
    if (slot.online) startClock();
    else slot.worker.once('online', startClock);
    slot.worker.postMessage({ task: job.task, input: job.input });
  }
}
