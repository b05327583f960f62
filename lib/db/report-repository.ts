import 'server-only';
import type { Kysely, Selectable } from 'kysely';
import { ZReport, type TReport } from '../report/schema';
import type { Database, ReportsTable } from './tables';

export type TStoredReport = {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  downloadedAt: string | null;
  report: TReport;
};

export type TSource = { name: string; text: string };

export type TSaveResult =
  | { ok: true; stored: TStoredReport }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'conflict'; current: TStoredReport };

/** The only way the app, the CLI and the tests reach stored reports. */
export interface ReportRepository {
  list(): Promise<TStoredReport[]>;
  get(id: string): Promise<TStoredReport | null>;
  /** A new report; `source` is the text of the file it was imported from, kept with it. */
  create(report: TReport, source?: TSource): Promise<TStoredReport>;
  getSource(id: string): Promise<TSource | null>;
  /** Saves over `baseVersion` only: a save based on an older version is refused, never applied. */
  save(id: string, report: TReport, baseVersion: number): Promise<TSaveResult>;
  markDownloaded(id: string): Promise<void>;
  /** Soft delete: the row stays, so a mistaken deletion can be undone from the database. */
  remove(id: string): Promise<boolean>;
  close(): Promise<void>;
}

function toStored(row: Selectable<ReportsTable>): TStoredReport {
  // Re-validated on every read: a row written by an older or buggy build must not reach the renderer unchecked.
  const report = ZReport.parse(JSON.parse(row.data));
  return {
    id: row.id,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    downloadedAt: row.downloaded_at,
    report,
  };
}

export function createReportRepository(db: Kysely<Database>, now: () => Date = () => new Date()): ReportRepository {
  const live = () => db.selectFrom('reports').selectAll().where('deleted_at', 'is', null);
  const get = async (id: string) => {
    const row = await live().where('id', '=', id).executeTakeFirst();
    return row ? toStored(row) : null;
  };

  return {
    async list() {
      const rows = await live().orderBy('updated_at', 'desc').execute();
      return rows.map(toStored);
    },
    get,
    async create(report, source) {
      const at = now().toISOString();
      const id = globalThis.crypto.randomUUID();
      const data = JSON.stringify(ZReport.parse(report));
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('reports').values({ id, version: 1, data, created_at: at, updated_at: at }).execute();
        if (source) await trx.insertInto('report_sources').values({ report_id: id, name: source.name, text: source.text, created_at: at }).execute();
      });
      return { id, version: 1, createdAt: at, updatedAt: at, downloadedAt: null, report };
    },
    async save(id, report, baseVersion) {
      const at = now().toISOString();
      const row = await db
        .updateTable('reports')
        .set((eb) => ({ data: JSON.stringify(ZReport.parse(report)), version: eb('version', '+', 1), updated_at: at }))
        .where('id', '=', id)
        .where('version', '=', baseVersion)
        .where('deleted_at', 'is', null)
        .returning(['version', 'created_at', 'downloaded_at'])
        .executeTakeFirst();
      if (row) {
        const stored = { id, version: Number(row.version), createdAt: row.created_at, updatedAt: at, downloadedAt: row.downloaded_at, report };
        return { ok: true, stored };
      }
      const current = await get(id);
      return current ? { ok: false, reason: 'conflict', current } : { ok: false, reason: 'not-found' };
    },
    async getSource(id) {
      const row = await db.selectFrom('report_sources').select(['name', 'text']).where('report_id', '=', id).executeTakeFirst();
      return row ?? null;
    },
    async markDownloaded(id) {
      await db.updateTable('reports').set({ downloaded_at: now().toISOString() }).where('id', '=', id).execute();
    },
    async remove(id) {
      const result = await db
        .updateTable('reports')
        .set({ deleted_at: now().toISOString() })
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    close: () => db.destroy(),
  };
}
