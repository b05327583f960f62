import { readFileSync } from 'node:fs';
import { signedInFetch, signIn, startAppServer, type TAppServer } from '../tests/support/app-server';
import { saveLoad } from '../tests/support/save-load';
import { tempDbPath } from '../tests/support/temp-db';
import { figure, percentile, type TFigure } from './stats';

const CLIENTS = 50;
const SECONDS = 20;
// Each client pauses 200 ms after each save: four times the pace autosave can reach (its debounce is
// 800 ms), so 50 clerks typing at once. Without any pause the figure would measure a queue, not a save.
const THINK_MS = 200;

/** The server's peak resident memory (VmHWM), in MB. */
function peakRssMb(pid: number): number {
  const kb = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb ?? 0) / 1024;
}

/** A unit and its own clerk for each client, signed in: every save goes through a session and the
 * repository's scoping, as on a county server. */
async function clerksOfUnits(server: TAppServer): Promise<Array<TAppServer['fetch']>> {
  const fetches: Array<TAppServer['fetch']> = [];
  for (let n = 0; n < CLIENTS; n++) {
    const unit = await server.fetch('/api/units', { method: 'POST', body: JSON.stringify({ name: `压测第${n + 1}镇人民政府`, kind: '镇', superior: '压测县' }) });
    const { id } = (await unit.json()) as { id: string };
    const login = `clerk${n + 1}`;
    const user = await server.fetch('/api/users', { method: 'POST', body: JSON.stringify({ name: `填报人${n + 1}`, login, password: 'bench-password-1', clerkOf: [id] }) });
    if (user.status !== 201) throw new Error(`adding ${login} answered ${user.status}`);
    fetches.push(signedInFetch(server.url, await signIn(server.url, login, 'bench-password-1')));
  }
  return fetches;
}

async function run(label: string, port: number, p95Target: number, env: Record<string, string> = {}): Promise<TFigure[]> {
  // The clerks all sign in from this one address within the minute.
  const server = await startAppServer(port, tempDbPath(), { ...env, NIANBAO_SIGN_IN_PER_MINUTE: String(CLIENTS * 2) });
  try {
    const clerks = await clerksOfUnits(server);
    const { latencies } = await saveLoad((n) => clerks[n]!, CLIENTS, SECONDS * 1000, THINK_MS);
    return [
      figure(`${label}：${CLIENTS} 个单位的填报人各自登录保存 ${SECONDS} 秒（每次保存后停 ${THINK_MS} ms），每秒保存次数`, latencies.length / SECONDS, '次/秒', null),
      figure(`${label}：保存延迟 p50`, percentile(latencies, 50), 'ms', p95Target),
      figure(`${label}：保存延迟 p95`, percentile(latencies, 95), 'ms', p95Target),
      figure(`${label}：保存延迟 p99`, percentile(latencies, 99), 'ms', null),
      figure(`${label}：服务器峰值内存`, peakRssMb(server.pid), 'MB', 300),
    ];
  } finally {
    await server.stop();
  }
}

/** 50 clerks of 50 units saving at once for 20 seconds, on SQLite, and on PostgreSQL when TEST_DATABASE_URL names one. */
export async function benchLoad(): Promise<TFigure[]> {
  const figures = await run('SQLite', 3198, 50);
  const url = process.env.TEST_DATABASE_URL;
  if (url) figures.push(...(await run('PostgreSQL', 3197, 80, { DATABASE_URL: url, DATABASE_SCHEMA: `bench_${Date.now().toString(36)}` })));
  else process.stderr.write('TEST_DATABASE_URL 未设置：跳过 PostgreSQL 上的并发保存测试。\n');
  return figures;
}
