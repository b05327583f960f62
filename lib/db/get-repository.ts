import 'server-only';
import type { TActor } from '../auth/actor';
import { getDatabase } from './get-database';
import { createReportRepository, type ReportRepository } from './report-repository';

/** The stored reports as `actor` may see and change them. */
export async function getRepository(actor: TActor): Promise<ReportRepository> {
  return createReportRepository(await getDatabase(), actor);
}
