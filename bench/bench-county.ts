import type { Kysely } from 'kysely';
import { SYSTEM } from '../lib/auth/actor';
import { openPostgres } from '../lib/db/open-postgres';
import { openSqlite } from '../lib/db/open-sqlite';
import { createReportRepository } from '../lib/db/report-repository';
import type { Database } from '../lib/db/tables';
import { signedInFetch, signIn, startAppServer, type TAppServer } from '../tests/support/app-server';
import { loadSample } from '../tests/support/sample';
import { tempDbPath } from '../tests/support/temp-db';
import { figure, percentile, timeIt, type TFigure } from './stats';

const UNITS = 300;
const YEARS = [2021, 2022, 2023, 2024, 2025];
const STATUSES = ['draft', 'submitted', 'returned', 'accepted', 'published'] as const;

/** A county of UNITS units, each with a report for every one of YEARS, in the server's own database: the
 * last year's all accepted (to be collected), the others in every standing, with open comments. */
async function seedCounty(db: Kysely<Database>): Promise<void> {
  const reports = createReportRepository(db, SYSTEM);
  const at = new Date().toISOString();
  for (let n = 0; n < UNITS; n++) {
    const unitId = `bench-unit-${n}`;
    await db.insertInto('units').values({ id: unitId, name: `压测县第${n + 1}镇人民政府`, kind: n % 3 === 0 ? '街道' : '镇', superior: '压测县', created_at: at }).execute();
    for (const year of YEARS) {
      const figures = { 'reconsideration-cases': { value: n % 7, lastYear: n % 5, confirmed: true }, 'head-appearance-rate': { value: 90 + (n % 11), lastYear: null, confirmed: true } };
      const stored = await reports.create({ ...loadSample(), year, unit: `压测县第${n + 1}镇人民政府`, figures }, undefined, unitId);
      const status = year === YEARS.at(-1) ? 'accepted' : STATUSES[(n + year) % STATUSES.length]!;
      await db.updateTable('reports').set({ status, status_at: at, submitted_at: status === 'draft' ? null : at, counted_version: stored.version, errors: 0, hints: n % 4 }).where('id', '=', stored.id).execute();
      if (n % 5 === 0) await db.insertInto('report_comments').values({ id: `${stored.id}-c`, report_id: stored.id, part_key: 'measures', excerpt: null, body: '请补充数据。', author_id: 'bench', created_at: at, resolved_at: null, resolved_by: null }).execute();
    }
  }
}

async function reviewerOf(server: TAppServer): Promise<TAppServer['fetch']> {
  const added = await server.fetch('/api/users', { method: 'POST', body: JSON.stringify({ name: '压测审核人', login: 'bench.reviewer', password: 'bench-review-1', roles: ['reviewer'] }) });
  if (added.status !== 201) throw new Error(`adding the reviewer answered ${added.status}`);
  return signedInFetch(server.url, await signIn(server.url, 'bench.reviewer', 'bench-review-1'));
}

async function run(label: string, port: number, env: Record<string, string>, open: () => Promise<Kysely<Database>>, collect: boolean): Promise<TFigure[]> {
  const server = await startAppServer(port, env.NIANBAO_DB ?? tempDbPath(), env);
  const db = await open();
  try {
    await seedCounty(db);
    const reviewer = await reviewerOf(server);
    const dashboard = async () => {
      const response = await reviewer(`/api/dashboard?year=${YEARS.at(-1)}`);
      if (!response.ok || ((await response.json()) as { rows: unknown[] }).rows.length < UNITS) throw new Error(`the dashboard answered ${response.status}`);
    };
    await timeIt(5, dashboard);
    const samples = await timeIt(50, dashboard);
    const figures = [figure(`${label}：汇总 ${UNITS} 个单位 × ${YEARS.length} 年的报告（50 次 p95，经 HTTP）`, percentile(samples, 95), 'ms', 200)];
    // 主要数据汇总: the page, chart drawn on the server included.
    const figureView = async () => {
      const response = await reviewer(`/county/figures?year=${YEARS.at(-1)}&indicator=reconsideration-cases`);
      if (!response.ok || !(await response.text()).includes('<svg')) throw new Error(`主要数据汇总 answered ${response.status}`);
    };
    await timeIt(3, figureView);
    figures.push(figure(`${label}：主要数据汇总，${UNITS} 个单位的一项指标与图表（20 次 p95，经 HTTP）`, percentile(await timeIt(20, figureView), 95), 'ms', 200));
    if (collect) {
      const [seconds] = await timeIt(1, async () => {
        const response = await reviewer(`/api/collect?year=${YEARS.at(-1)}`);
        if (!response.ok) throw new Error(`collecting answered ${response.status}`);
        await response.arrayBuffer();
      });
      figures.push(figure(`打包下载 ${UNITS} 份已通过的报告（.zip）`, seconds! / 1000, 's', 15));
    }
    return figures;
  } finally {
    await db.destroy();
    await server.stop();
  }
}

/** The county's views at the size of a large county: its dashboard on SQLite (and PostgreSQL when
 * TEST_DATABASE_URL names one), and collecting every accepted report. */
export async function benchCounty(): Promise<TFigure[]> {
  const file = tempDbPath();
  const figures = await run('SQLite', 3196, { NIANBAO_DB: file }, () => openSqlite(file), true);
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const schema = `bench_county_${Date.now().toString(36)}`;
    figures.push(...(await run('PostgreSQL', 3195, { DATABASE_URL: url, DATABASE_SCHEMA: schema }, () => openPostgres(url, schema), false)));
  } else process.stderr.write('TEST_DATABASE_URL 未设置：跳过 PostgreSQL 上的汇总测试。\n');
  return figures;
}
