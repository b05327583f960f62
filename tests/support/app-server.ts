import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export type TAppServer = { url: string; pid: number; stop: () => Promise<void>; kill: () => Promise<void> };

/** `next start` on a fresh CI machine with busy cores has taken more than a minute to answer. */
const START_DEADLINE_MS = 180_000;

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + START_DEADLINE_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${log()}`);
    try {
      // A server that accepted the connection but hangs must not hold the loop past its deadline.
      const signal = AbortSignal.timeout(Math.max(1, deadline - Date.now()));
      if ((await fetch(`${url}/api/reports`, { signal })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not answer within ${START_DEADLINE_MS / 1000} s:\n${log()}`);
}

/** Another checkout's server on the port would answer the readiness check in place of ours. */
function ensurePortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () => reject(new Error(`port ${port} is in use (another test run? set NIANBAO_E2E_PORT_OFFSET to move the suite's ports)`)));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** Starts the built app (`next start`) on a loopback port with its own SQLite file. */
export async function startAppServer(port: number, dbFile: string, env: Record<string, string> = {}): Promise<TAppServer> {
  await ensurePortFree(port);
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, NIANBAO_DB: dbFile, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(url, child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const end = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  return { url, pid: child.pid!, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}
