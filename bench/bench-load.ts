import { readFileSync } from 'node:fs';
import { startAppServer } from '../tests/support/app-server';
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

async function run(label: string, port: number, p95Target: number, env: Record<string, string> = {}): Promise<TFigure[]> {
  const server = await startAppServer(port, tempDbPath(), env);
  try {
    const { latencies } = await saveLoad(() => server.fetch, CLIENTS, SECONDS * 1000, THINK_MS);
    return [
      figure(`${label}：${CLIENTS} 个客户端保存 ${SECONDS} 秒（每次保存后停 ${THINK_MS} ms），每秒保存次数`, latencies.length / SECONDS, '次/秒', null),
      figure(`${label}：保存延迟 p50`, percentile(latencies, 50), 'ms', p95Target),
      figure(`${label}：保存延迟 p95`, percentile(latencies, 95), 'ms', p95Target),
      figure(`${label}：保存延迟 p99`, percentile(latencies, 99), 'ms', null),
      figure(`${label}：服务器峰值内存`, peakRssMb(server.pid), 'MB', 300),
    ];
  } finally {
    await server.stop();
  }
}

/** 50 concurrent clients saving for 20 seconds, on SQLite, and on PostgreSQL when TEST_DATABASE_URL names one. */
export async function benchLoad(): Promise<TFigure[]> {
  const figures = await run('SQLite', 3198, 50);
  const url = process.env.TEST_DATABASE_URL;
  if (url) figures.push(...(await run('PostgreSQL', 3197, 80, { DATABASE_URL: url, DATABASE_SCHEMA: `bench_${Date.now().toString(36)}` })));
  else process.stderr.write('TEST_DATABASE_URL 未设置：跳过 PostgreSQL 上的并发保存测试。\n');
  return figures;
}
