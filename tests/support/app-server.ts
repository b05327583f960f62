import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export type TAppServer = {
  url: string;
  pid: number;
  /** The session cookie (name=value) of the administrator made at 初始设置, who is also the first unit's 填报人. */
  cookie: string;
  /** fetch of a path of this server, signed in as that administrator (JSON by default). */
  fetch: (path: string, init?: RequestInit) => Promise<Response>;
  stop: () => Promise<void>;
  kill: () => Promise<void>;
};

/** The account and unit every test server is set up with. */
export const TEST_ADMIN = { name: '测试管理员', login: 'setup.admin', password: 'test-password-1' };
export const TEST_UNIT = { name: '重庆市巴南区东温泉镇人民政府', kind: '镇', superior: '巴南区' };

/** Signs in and returns the session cookie as name=value. */
export async function signIn(url: string, login: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/sign-in/username`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: login, password }) });
  if (!response.ok) throw new Error(`sign-in as ${login} failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('nianbao.session_token='));
  if (!cookie) throw new Error('sign-in set no session cookie');
  return cookie.split(';')[0]!;
}

/** 初始设置 on a fresh server (a no-op answer 409 on one set up before, as after a restart), then signs in. */
async function setUpAndSignIn(url: string): Promise<string> {
  const setUp = await fetch(`${url}/api/setup`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ admin: TEST_ADMIN, unit: TEST_UNIT }) });
  if (!setUp.ok && setUp.status !== 409) throw new Error(`初始设置 failed: ${setUp.status} ${await setUp.text()}`);
  return signIn(url, TEST_ADMIN.login, TEST_ADMIN.password);
}

/** fetch of `url` + path with a session cookie; a body is declared JSON unless the caller says otherwise
 * (or sends a form). */
export function signedInFetch(url: string, cookie: string): TAppServer['fetch'] {
  return (path, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('Cookie', cookie);
    if (init.body !== undefined && !(init.body instanceof FormData) && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
    return fetch(`${url}${path}`, { ...init, headers });
  };
}

/** `next start` on a fresh CI machine with busy cores has taken more than a minute to answer. */
const START_DEADLINE_MS = 180_000;

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + START_DEADLINE_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${log()}`);
    try {
      // A server that accepted the connection but hangs must not hold the loop past its deadline.
      const signal = AbortSignal.timeout(Math.max(1, deadline - Date.now()));
      if ((await fetch(`${url}/sign-in`, { signal })).ok) return;
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

/** Starts the built app (`next start`) on a loopback port with its own SQLite file, set up and signed in. */
/** `setUp: false` leaves the server as a county finds it on first start: 初始设置 not done, nobody signed in. */
export async function startAppServer(port: number, dbFile: string, env: Record<string, string> = {}, { setUp = true } = {}): Promise<TAppServer> {
  await ensurePortFree(port);
  // As `npm start` runs it (package.json): a bounded heap, which V8 then collects instead of growing.
  const child = spawn(process.execPath, ['--max-old-space-size=256', 'node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
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
  let cookie = '';
  try {
    if (setUp) cookie = await setUpAndSignIn(url);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${String(error)}\n${output}`);
  }
  const end = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  return { url, pid: child.pid!, cookie, fetch: signedInFetch(url, cookie), stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}
