import { Worker } from 'node:worker_threads';

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

/**
 * Runs CPU-bound tasks on untrusted input off the request thread. Each task gets a time limit and a heap
 * limit; a worker that runs past either is terminated (and replaced on the next task), so one hostile
 * file or report costs one worker, never the server. Idle workers do not keep a process alive.
 */
export class WorkerPool {
  private readonly idle: Worker[] = [];
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
    await Promise.all(this.idle.splice(0).map((w) => w.terminate()));
  }

  private spawn(): Worker {
    return new Worker(this.options.script, {
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb, maxYoungGenerationSizeMb: Math.min(64, this.options.heapMb / 4) },
    });
  }

  private start(job: TJob): void {
    this.running += 1;
    const worker = this.idle.pop() ?? this.spawn();
    worker.ref();
    let settled = false;
    const finish = (outcome: () => void, reusable: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      this.running -= 1;
      if (reusable) {
        worker.unref();
        this.idle.push(worker);
      } else {
        // A worker stopped for its time limit may still report running out of memory on its way out;
        // unheard, that 'error' would end the server.
        worker.on('error', () => {});
        void worker.terminate();
      }
      outcome();
      const next = this.waiting.shift();
      if (next) this.start(next);
    };
    const onMessage = (reply: TWorkerReply) => finish(() => job.resolve(reply), true);
    const onError = (error: Error & { code?: string }) =>
      finish(() => job.reject(new TaskFailure(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crashed', error.message)), false);
    const onExit = () => finish(() => job.reject(new TaskFailure('crashed', 'the worker exited')), false);
    const timer = setTimeout(() => finish(() => job.reject(new TaskFailure('timeout', `${job.task} ran past ${this.options.timeoutMs} ms`)), false), this.options.timeoutMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ task: job.task, input: job.input });
  }
}
