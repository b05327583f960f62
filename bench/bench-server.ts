import { gzipSync } from 'node:zlib';
import { startAppServer } from '../tests/support/app-server';
import { tempDbPath } from '../tests/support/temp-db';
import { scaledReport } from './scaled-report';
import { figure, median, percentile, timeIt, type TFigure } from './stats';

const PORT = 3199;

async function firstLoadJsKb(url: string, cookie: string): Promise<number> {
  const html = await (await fetch(url, { headers: { Cookie: cookie } })).text();
  // A noModule script (Next's polyfills for browsers without modules) is never fetched by the browsers the
  // clerks use, so it is not part of what their first load downloads.
  const tags = [...html.matchAll(/<script[^>]+>/g)].map((m) => m[0]).filter((tag) => !/\snomodule[\s=>]/i.test(tag));
  const scripts = [...new Set(tags.flatMap((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1] ?? []))];
  let bytes = 0;
  for (const src of scripts) bytes += gzipSync(Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer())).byteLength;
  return bytes / 1024;
}

/** Latencies of 5 rounds of 20 simultaneous downloads of the same report. */
async function concurrentDownloads(url: string, cookie: string): Promise<number[]> {
  const samples: number[] = [];
  for (let round = 0; round < 5; round++) {
    const latencies = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const start = performance.now();
        const response = await fetch(url, { headers: { Cookie: cookie } });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`download answered ${response.status}`);
        return performance.now() - start;
      }),
    );
    samples.push(...latencies);
  }
  return samples;
}

/** Figures that need the built app running: the autosave round trip and the wizard page's JavaScript. */
export async function benchServer(): Promise<TFigure[]> {
  const server = await startAppServer(PORT, tempDbPath());
  try {
    const report = scaledReport(10_000);
    const created = await server.fetch(`/api/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ from: 'report', report }) });
    const { id, version: first } = (await created.json()) as { id: string; version: number };
    let version = first;
    const save = async () => {
      report.opening = `${report.opening.slice(0, 200)}${version}`;
      const response = await server.fetch(`/api/reports/${id}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ version, report }) });
      if (!response.ok) throw new Error(`save answered ${response.status}`);
      version = ((await response.json()) as { version: number }).version;
    };
    await timeIt(20, save);
    const samples = await timeIt(200, save);
    const downloads = await concurrentDownloads(`${server.url}/api/reports/${id}/docx?kind=draft`, server.cookie);
    return [
      figure('自动保存往返（1 万字，200 次中位数）', median(samples), 'ms', 50),
      figure('自动保存往返（1 万字，200 次 p95）', percentile(samples, 95), 'ms', 50),
      figure('编辑页首次加载 JavaScript（gzip）', await firstLoadJsKb(`${server.url}/reports/${id}/parts/measures`, server.cookie), 'KB', 200),
      figure('下载 .docx（同一报告 20 个并发请求，p95）', percentile(downloads, 95), 'ms', 400),
    ];
  } finally {
    await server.stop();
  }
}
