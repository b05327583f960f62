import 'server-only';
import { env } from '../env';
import { openPostgres } from './open-postgres';
import { openSqlite } from './open-sqlite';
import { createReportRepository, type ReportRepository } from './report-repository';

// One connection (pool) per server process, kept across Next's module reloads in development.
const cache = globalThis as typeof globalThis & { nianbaoRepository?: Promise<ReportRepository> };

/** PostgreSQL when DATABASE_URL names one, else the embedded SQLite file. */
export function getRepository(): Promise<ReportRepository> {
  cache.nianbaoRepository ??= (env.DATABASE_URL ? openPostgres(env.DATABASE_URL, env.DATABASE_SCHEMA) : openSqlite(env.NIANBAO_DB)).then(
    (db) => createReportRepository(db),
    (error: unknown) => {
      // A server that was away at the first request must be tried again at the next, not remembered as failed.
      cache.nianbaoRepository = undefined;
      throw error;
    },
  );
  return cache.nianbaoRepository;
}
