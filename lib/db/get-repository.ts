import 'server-only';
import { env } from '../env';
import { openSqlite } from './open-sqlite';
import { createReportRepository, type ReportRepository } from './report-repository';

// One connection per server process, kept across Next's module reloads in development.
const cache = globalThis as typeof globalThis & { nianbaoRepository?: Promise<ReportRepository> };

export function getRepository(): Promise<ReportRepository> {
  cache.nianbaoRepository ??= openSqlite(env.NIANBAO_DB).then((db) => createReportRepository(db));
  return cache.nianbaoRepository;
}
