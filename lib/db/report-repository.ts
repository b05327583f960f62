import 'server-only';
import type { Kysely, Selectable } from 'kysely';
import { BACKUP_FORMAT, type TBackup, type TRestoreResult } from '../backup/schema';
import { ZReport, type TReport } from '../report/schema';
import type { Database, ReportsTable, ReportVersionsTable } from './tables';

export type TStoredReport = {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  downloadedAt: string | null;
  report: TReport;
};

export type TSource = { name: string; text: string };

export const VERSION_CAUSES = ['下载', '定时', '恢复'] as const;
export type TVersionCause = (typeof VERSION_CAUSES)[number];

/** A kept version of a report: what it was, when, and why it was kept. */
export type TKeptVersion = { id: string; number: number; cause: TVersionCause; createdAt: string; report: TReport };

/** How long 已删除 offers a deleted report back. */
export const DELETED_KEPT_MS = 30 * 24 * 3_600_000;

/** Editing keeps a version at most this often. */
export const TIMED_VERSION_MS = 10 * 60_000;

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
  /** Keeps the report as it is now in its history (at a download). */
  keepVersion(id: string, cause: TVersionCause): Promise<void>;
  /** The kept versions, newest first. */
  history(id: string): Promise<TKeptVersion[]>;
  /** Saves a kept version's text over `baseVersion` (itself a new version, so it can be undone). */
  restore(id: string, versionId: string, baseVersion: number): Promise<TSaveResult>;
  /** Soft delete: the row stays, listed in 已删除 for 30 days, so a mistaken deletion can be undone. */
  remove(id: string): Promise<boolean>;
  /** Reports deleted in the last 30 days, most recent first. */
  listDeleted(): Promise<Array<TStoredReport & { deletedAt: string }>>;
  undelete(id: string): Promise<boolean>;
  /** Every live report with its history and source (导出全部数据). */
  exportAll(): Promise<TBackup>;
  /** Adds the backup's reports. One whose id already exists is replaced only when `replace` is set;
   * otherwise it is left alone and named, so the clerk can be asked. All or nothing. */
  restoreAll(backup: TBackup, replace: boolean): Promise<TRestoreResult>;
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

function toKept(row: Selectable<ReportVersionsTable>): TKeptVersion {
  return {
    id: row.id,
    number: Number(row.number),
    cause: row.cause as TVersionCause,
    createdAt: row.created_at,
    report: ZReport.parse(JSON.parse(row.data)),
  };
}

export function createReportRepository(db: Kysely<Database>, now: () => Date = () => new Date()): ReportRepository {
  const live = () => db.selectFrom('reports').selectAll().where('deleted_at', 'is', null);
  const get = async (id: string) => {
    const row = await live().where('id', '=', id).executeTakeFirst();
    return row ? toStored(row) : null;
  };

  const keep = async (id: string, number: number, data: string, cause: TVersionCause) => {
    const at = now().toISOString();
    await db.insertInto('report_versions').values({ id: globalThis.crypto.randomUUID(), report_id: id, number, cause, data, created_at: at }).execute();
    lastKeptAt.set(id, Date.parse(at));
  };
  const lastKept = (id: string) =>
    db.selectFrom('report_versions').select(['number', 'cause', 'created_at']).where('report_id', '=', id).orderBy('created_at', 'desc').limit(1).executeTakeFirst();
  // When each report last had a version kept, so a save asks the database only once per report and process.
  const lastKeptAt = new Map<string, number>();
  const dueForVersion = async (id: string, at: string): Promise<boolean> => {
    if (!lastKeptAt.has(id)) lastKeptAt.set(id, Date.parse((await lastKept(id))?.created_at ?? '1970-01-01T00:00:00Z'));
    return Date.parse(at) - lastKeptAt.get(id)! >= TIMED_VERSION_MS;
  };

  const save: ReportRepository['save'] = async (id, report, baseVersion) => {
    const at = now().toISOString();
    // The report is typed and was validated where it came in (route, CLI); it is validated again on every read.
    const data = JSON.stringify(report);
    const row = await db
      .updateTable('reports')
      .set((eb) => ({ data, version: eb('version', '+', 1), updated_at: at }))
      .where('id', '=', id)
      .where('version', '=', baseVersion)
      .where('deleted_at', 'is', null)
      .returning(['version', 'created_at', 'downloaded_at'])
      .executeTakeFirst();
    if (row) {
      if (await dueForVersion(id, at)) await keep(id, Number(row.version), data, '定时');
      const stored = { id, version: Number(row.version), createdAt: row.created_at, updatedAt: at, downloadedAt: row.downloaded_at, report };
      return { ok: true, stored };
    }
    const current = await get(id);
    return current ? { ok: false, reason: 'conflict', current } : { ok: false, reason: 'not-found' };
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
    save,
    async keepVersion(id, cause) {
      const row = await db.selectFrom('reports').select(['version', 'data']).where('id', '=', id).executeTakeFirst();
      const last = await lastKept(id);
      // A second download of the same text keeps nothing new.
      if (row && !(last && Number(last.number) === Number(row.version) && last.cause === cause)) await keep(id, Number(row.version), row.data, cause);
    },
    async history(id) {
      const rows = await db.selectFrom('report_versions').selectAll().where('report_id', '=', id).orderBy('created_at', 'desc').orderBy('number', 'desc').execute();
      return rows.map(toKept);
    },
    async restore(id, versionId, baseVersion) {
      const row = await db.selectFrom('report_versions').selectAll().where('id', '=', versionId).where('report_id', '=', id).executeTakeFirst();
      if (!row) return { ok: false, reason: 'not-found' };
      const result = await save(id, toKept(row).report, baseVersion);
      if (result.ok) await keep(id, result.stored.version, row.data, '恢复');
      return result;
    },
    async getSource(id) {
      const row = await db.selectFrom('report_sources').select(['name', 'text']).where('report_id', '=', id).executeTakeFirst();
      return row ?? null;
    },
    async markDownloaded(id) {
      await db.updateTable('reports').set({ downloaded_at: now().toISOString() }).where('id', '=', id).execute();
    },
    async listDeleted() {
      const since = new Date(now().getTime() - DELETED_KEPT_MS).toISOString();
      const rows = await db.selectFrom('reports').selectAll().where('deleted_at', 'is not', null).where('deleted_at', '>=', since).orderBy('deleted_at', 'desc').execute();
      return rows.map((row) => ({ ...toStored(row), deletedAt: row.deleted_at! }));
    },
    async undelete(id) {
      const result = await db.updateTable('reports').set({ deleted_at: null }).where('id', '=', id).where('deleted_at', 'is not', null).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
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
    async exportAll() {
      const reports = await this.list();
      const entries = await Promise.all(
        reports.map(async (r) => ({
          id: r.id,
          version: r.version,
          createdAt: r.createdAt,
          updatedAt: r.updatedAt,
          downloadedAt: r.downloadedAt,
          report: r.report,
          source: await this.getSource(r.id),
          versions: await this.history(r.id),
        })),
      );
      return { format: BACKUP_FORMAT, formatVersion: 1, exportedAt: now().toISOString(), reports: entries };
    },
    async restoreAll(backup, replace) {
      const ids = backup.reports.map((r) => r.id);
      const present = ids.length === 0 ? [] : await db.selectFrom('reports').select('id').where('id', 'in', ids).execute();
      const existing = new Set(present.map((r) => r.id));
      if (existing.size > 0 && !replace) return { created: 0, replaced: 0, existing: [...existing] };
      await db.transaction().execute(async (trx) => {
        for (const entry of backup.reports) {
          const data = JSON.stringify(ZReport.parse(entry.report));
          if (existing.has(entry.id)) {
            await trx.deleteFrom('report_versions').where('report_id', '=', entry.id).execute();
            await trx.deleteFrom('report_sources').where('report_id', '=', entry.id).execute();
            await trx.deleteFrom('reports').where('id', '=', entry.id).execute();
          }
          await trx
            .insertInto('reports')
            .values({ id: entry.id, version: entry.version, data, created_at: entry.createdAt, updated_at: entry.updatedAt, downloaded_at: entry.downloadedAt })
            .execute();
          if (entry.source) await trx.insertInto('report_sources').values({ report_id: entry.id, name: entry.source.name, text: entry.source.text, created_at: entry.createdAt }).execute();
          for (const v of entry.versions) {
            await trx
              .insertInto('report_versions')
              .values({ id: v.id, report_id: entry.id, number: v.number, cause: v.cause, data: JSON.stringify(v.report), created_at: v.createdAt })
              .execute();
          }
        }
      });
      return { created: backup.reports.length - existing.size, replaced: existing.size, existing: [] };
    },
    close: () => db.destroy(),
  };
}
