import { join } from 'node:path';
import type { TCheckResult } from '../checks/run-checks';
import { ImportError } from '../import/import-error';
import { isNamedError } from '../named-error';
import type { TImportProposal } from '../import/propose-import';
import type { TReport } from '../report/schema';
import { TaskFailure, WorkerPool, type TTaskFailure, type TWorkerReply } from './worker-pool';
import type { TImportInput } from './tasks';

/** Where scripts/build-workers.mjs puts the bundled worker: the server, the CLI, the bench and the tests
 * all run from the project root. */
export const WORKER_SCRIPT = join(process.cwd(), '.nianbao', 'workers', 'task-worker.cjs');

// Kept across Next's module reloads in development, like the database connection.
const pools = globalThis as typeof globalThis & { nianbaoPools?: { import: WorkerPool; report: WorkerPool } };
function getPools() {
  pools.nianbaoPools ??= {
    // Reading an upload is the costly, hostile-input path: two at a time, a few waiting, then 503.
    import: new WorkerPool({ script: WORKER_SCRIPT, size: 2, queue: 4, timeoutMs: 10_000, heapMb: 256 }),
    // Checks and rendering run on stored reports: quick, and bounded all the same.
    report: new WorkerPool({ script: WORKER_SCRIPT, size: 2, queue: 32, timeoutMs: 10_000, heapMb: 256 }),
  };
  return pools.nianbaoPools;
}

/** A task's outcome as the clerk is told it. `status` is the HTTP status a route answers with. */
export class BoundedTaskError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'BoundedTaskError';
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return isNamedError(value, 'BoundedTaskError');
  }
}

const IMPORT_FAILURES: Record<TTaskFailure, BoundedTaskError> = {
  timeout: new BoundedTaskError('文件结构异常，无法在合理时间内读取。请在 Word 或 WPS 中打开后“另存为 .docx”再上传，或直接粘贴文字。', 422),
  memory: new BoundedTaskError('文件结构异常，读取它需要的内存过多，为安全起见已停止。请在 Word 或 WPS 中打开后“另存为 .docx”再上传，或直接粘贴文字。', 422),
  crashed: new BoundedTaskError('读取文件时出错，请重试；如果仍然不行，请另存为 .docx 或直接粘贴文字。', 422),
  busy: new BoundedTaskError('服务器正在读取其他文件，请稍等片刻后再试。', 503),
};

const REPORT_FAILURES: Record<TTaskFailure, BoundedTaskError> = {
  timeout: new BoundedTaskError('这份报告的内容异常，无法在合理时间内处理。请删去异常的文字（例如大段重复的符号）后重试。', 422),
  memory: new BoundedTaskError('这份报告的内容异常，处理它需要的内存过多。请删去异常的文字后重试。', 422),
  crashed: new BoundedTaskError('处理报告时出错，请重试。', 500),
  busy: new BoundedTaskError('服务器正忙，请稍后再试。', 503),
};

async function runBounded(pool: WorkerPool, task: string, input: unknown, failures: Record<TTaskFailure, BoundedTaskError>): Promise<unknown> {
  let reply: TWorkerReply;
  try {
    reply = await pool.run(task, input);
  } catch (error) {
    if (!(error instanceof TaskFailure)) throw error;
    // The clerk gets a plain message; whoever runs the server needs to see why.
    if (error.reason !== 'busy') console.error(`${task} in a worker: ${error.reason}: ${error.message}`);
    throw failures[error.reason];
  }
  if (reply.ok) return reply.value;
  if (reply.error.name === 'ImportError') throw new ImportError(reply.error.message, (reply.error.status ?? 422) as ImportError['status']);
  console.error(`${task} in a worker failed: ${reply.error.name}: ${reply.error.message}`);
  throw new BoundedTaskError(failures.crashed.message, failures.crashed.status);
}

/** Reads last year's report in a worker with a time and memory limit (ImportError or BoundedTaskError when it cannot). */
export async function importBounded(input: TImportInput): Promise<TImportProposal> {
  return (await runBounded(getPools().import, 'import', input, IMPORT_FAILURES)) as TImportProposal;
}

/** Renders the .docx in a worker with a time and memory limit. */
export async function renderBounded(report: TReport, draft: boolean): Promise<Uint8Array> {
  return (await runBounded(getPools().report, 'render', { report, draft }, REPORT_FAILURES)) as Uint8Array;
}

/** Runs every check in a worker with a time and memory limit. */
export async function checkBounded(report: TReport): Promise<TCheckResult> {
  return (await runBounded(getPools().report, 'check', { report }, REPORT_FAILURES)) as TCheckResult;
}

/** The checks a page shows. When they cannot finish, the page still opens (the clerk must be able to
 * reach the text to fix it), with no findings and `failure` saying why. */
export async function checksForPage(report: TReport): Promise<TCheckResult & { failure: string | null }> {
  try {
    return { ...(await checkBounded(report)), failure: null };
  } catch (error) {
    if (!(error instanceof BoundedTaskError)) throw error;
    return { errors: [], hints: [], dismissed: [], failure: `检查未能完成：${error.message}` };
  }
}

/** Lets a short-lived process (the CLI) end without waiting for idle workers. */
export async function closePools(): Promise<void> {
  if (!pools.nianbaoPools) return;
  await Promise.all([pools.nianbaoPools.import.close(), pools.nianbaoPools.report.close()]);
}
