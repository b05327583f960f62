import 'server-only';
import type { Kysely, Selectable } from 'kysely';
import { isPostgres } from './dialect';
import { BACKUP_FORMAT, type TBackup, type TBackupEntry, type TRestoreResult, type TUnreadableEntry } from '../backup/schema';
import { checkedReport, readReportJson } from '../report/read-report';
import { mergeReports } from '../report/merge-reports';
import type { TReport } from '../report/schema';
import type { TVersionCause } from '../report/version-causes';
import { userNames } from '../auth/user-names';
import { whoSaved, writes, type TActor } from '../auth/actor';
import { readStatus, type TReportStatus } from '../review/status';
import { editsText, readableReports } from './report-scope';
import { ReadOnlyReportError, UnreadableReportError, isUniqueViolation } from './errors';
import type { Database, ReportsTable, ReportVersionsTable } from './tables';

export type TStoredReport = {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  downloadedAt: string | null;
  /** The unit it belongs to; null for a report from before accounts. */
  unitId: string | null;
  /** Where it stands with the county. */
  status: TReportStatus;
  /** Whether the person asking is 填报人 of its unit (downloads are then theirs, and recorded). */
  ownUnit: boolean;
  /** Whether the person asking may change its text (填报人 of its unit, while it is the unit's to write). */
  editable: boolean;
  report: TReport;
};

/** A row whose JSON no longer reads as a report: listed as 无法读取 with why, never dropped from sight. */
export type TUnreadableReport = Omit<TStoredReport, 'report'> & { report: null; error: string };

export type TListedReport = TStoredReport | TUnreadableReport;

/** A row exactly as stored, for 下载原始数据 when it cannot be read. */
export type TRawReport = { id: string; data: string; updatedAt: string };

export type TSource = { name: string; text: string };

export type { TVersionCause } from '../report/version-causes';

/** A kept version of a report: what it was, when, and why it was kept. */
/** `savedBy`: the name of who saved it (null: before accounts, or the operator on the server). */
export type TKeptVersion = { id: string; number: number; cause: TVersionCause; createdAt: string; savedBy: string | null; report: TReport };

/** How long 已删除 offers a deleted report back. */
export const DELETED_KEPT_MS = 30 * 24 * 3_600_000;

/** A save id is forgotten only once it is both this many versions and SAVE_IDS_KEPT_MS old: a browser
 * whose reply was lost may retry after a night with the laptop closed, and a busy day makes many versions. */
const SAVE_IDS_KEPT = 50;
const SAVE_IDS_KEPT_MS = 7 * 24 * 3_600_000;

/** How many recent versions keep their text as a merge base. A tab based on an older one is merged
 * against the nearest kept version before it (more conflicts to look at, nothing lost). */
const REVISIONS_KEPT = 200;

/** How often a save is merged again when another save lands between its read and its write. */
const MERGE_ATTEMPTS = 5;

/** Editing keeps a version at most this often. */
export const TIMED_VERSION_MS = 10 * 60_000;

export type TSaveResult =
  /** `merged`: the save was based on an older version and was merged with what was saved since;
   * `stored.report` is the merged text, which the editor adopts. */
  | { ok: true; stored: TStoredReport; merged: boolean }
  | { ok: false; reason: 'not-found' }
  /** The same section or field was changed on both sides. `base` is the text the save was based on
   * (null when no kept text is that old), so the browser can show the clerk exactly what conflicts. */
  | { ok: false; reason: 'conflict'; current: TStoredReport; base: TReport | null };

export type TSaveOptions = {
  /** The id the browser gave this save: a retry of a save already applied is answered, not applied again. */
  saveId?: string;
  /** The clerk chose between two texts in a conflict: the text this save replaces is kept first (替换前). */
  keepReplaced?: boolean;
};

/** The only way the app, the CLI and the tests reach stored reports, always as someone (TActor): who may
 * read and change which report is decided here and nowhere else. A report the person may not read is
 * answered exactly as one that does not exist; one they may read but not change throws ReadOnlyReportError. */
export interface ReportRepository {
  /** Live reports, most recently saved first; a row that cannot be read is listed as such, not thrown. */
  list(): Promise<TListedReport[]>;
  /** Throws UnreadableReportError for a row that cannot be read. Null too for a report the person asking
   * may not read: another unit's report is, to them, one that does not exist. */
  get(id: string): Promise<TStoredReport | null>;
  /** The stored JSON of a report, live or deleted, whether or not it reads. */
  getRaw(id: string): Promise<TRawReport | null>;
  /** A new report of `unitId` (by default the one unit the person is 填报人 of); `source` is the text of
   * the file it was imported from, kept with it. ReadOnlyReportError for a unit they are not 填报人 of. */
  create(report: TReport, source?: TSource, unitId?: string): Promise<TStoredReport>;
  getSource(id: string): Promise<TSource | null>;
  /** Saves a report edited from `baseVersion`. When other saves came since, it is merged with them three
   * ways (section by section, field by field) and the merge is stored; when both sides changed the same
   * section or field, nothing is written and the conflict is returned. A save that names a `saveId`
   * already applied (a retry whose reply was lost) is answered with the version it made, and nothing is
   * written again. */
  save(id: string, report: TReport, baseVersion: number, options?: TSaveOptions): Promise<TSaveResult>;
  markDownloaded(id: string): Promise<void>;
  /** Keeps the report as it is now in its history (at a download). */
  keepVersion(id: string, cause: TVersionCause): Promise<void>;
  /** The kept versions that can be read, newest first; null when the report cannot be read by the person asking. */
  history(id: string): Promise<TKeptVersion[] | null>;
  /** Saves a kept version's text over `baseVersion` (itself a new version, so it can be undone). */
  restore(id: string, versionId: string, baseVersion: number): Promise<TSaveResult>;
  /** Soft delete: the row stays, listed in 已删除 for 30 days, so a mistaken deletion can be undone. */
  remove(id: string): Promise<boolean>;
  /** Reports deleted in the last 30 days, most recent first. */
  listDeleted(): Promise<Array<TListedReport & { deletedAt: string }>>;
  undelete(id: string): Promise<boolean>;
  /** Every live report with its history and source (导出全部数据); rows that cannot be read go in
   * `unreadable` as their raw JSON, so the export neither fails nor loses them. */
  exportAll(): Promise<TBackup>;
  /** Adds the backup's reports. One whose id already exists is replaced only when `replace` is set;
   * otherwise it is left alone and named, so the clerk can be asked. All or nothing.
   * create, save, restore and restoreAll throw InvalidReportError, writing nothing, for a report that would not read back. */
  restoreAll(backup: TBackup, replace: boolean, unitId?: string): Promise<TRestoreResult>;
  close(): Promise<void>;
}

function metaOf(row: Selectable<ReportsTable>, actor: TActor): Omit<TStoredReport, 'report'> {
  return {
    id: row.id,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    downloadedAt: row.downloaded_at,
    unitId: row.unit_id,
    status: readStatus(row.status),
    ownUnit: writes(actor, row.unit_id),
    editable: editsText(actor, row.unit_id, row.status),
  };
}

// Re-validated (and upgraded) on every read: a row written by an older or buggy build must not reach the renderer unchecked.
function toListed(row: Selectable<ReportsTable>, actor: TActor): TListedReport {
  const read = readReportJson(row.data);
  return read.ok ? { ...metaOf(row, actor), report: read.report } : { ...metaOf(row, actor), report: null, error: read.message };
}

function toStored(row: Selectable<ReportsTable>, actor: TActor): TStoredReport {
  const listed = toListed(row, actor);
  if (listed.report === null) throw new UnreadableReportError(row.id, listed.error);
  return listed;
}

function toKept(row: Selectable<ReportVersionsTable>): TKeptVersion | TUnreadableEntry {
  const read = readReportJson(row.data);
  if (!read.ok) return { id: row.report_id, versionId: row.id, updatedAt: row.created_at, error: read.message, data: row.data };
  return { id: row.id, number: Number(row.number), cause: row.cause as TVersionCause, createdAt: row.created_at, savedBy: row.saved_by, report: read.report };
}

const isKept = (v: TKeptVersion | TUnreadableEntry): v is TKeptVersion => 'report' in v;

/** What is written: the report as it will read back, or InvalidReportError before anything is. */
const serialized = (report: unknown) => JSON.stringify(checkedReport(report));

const SUBMITTED = '这份报告已经报送，县里审核期间不能修改；需要修改时，请审核人退回。';

// When each report last had a version kept, per database, so a save asks only once per report and process.
const lastKeptAtOf = new WeakMap<Kysely<Database>, Map<string, number>>();

export function createReportRepository(db: Kysely<Database>, actor: TActor, now: () => Date = () => new Date()): ReportRepository {
  const readable = (on: Kysely<Database> = db) => readableReports(on, actor);
  const live = (on: Kysely<Database> = db) => readable(on).where('deleted_at', 'is', null);
  const get = async (id: string) => {
    const row = await live().where('id', '=', id).executeTakeFirst();
    return row ? toStored(row, actor) : null;
  };
  /** A report's row, live or deleted, when `actor` may change it (`text`: its words, which a submitted
   * report keeps until returned); null when they may not even read it. */
  const changeable = async (id: string, text: boolean, on: Kysely<Database> = db) => {
    const row = await readable(on).where('id', '=', id).executeTakeFirst();
    if (row) mayChange(row, text);
    return row ?? null;
  };
  const mayChange = (row: Selectable<ReportsTable>, text: boolean) => {
    if (!writes(actor, row.unit_id)) throw new ReadOnlyReportError();
    if (text && !editsText(actor, row.unit_id, row.status)) throw new ReadOnlyReportError(SUBMITTED);
  };
  const defaultUnit = (): string | null => {
    if (actor.kind === 'system') return null;
    if (actor.clerkOf.length === 1) return actor.clerkOf[0]!;
    throw new ReadOnlyReportError(actor.clerkOf.length === 0 ? '只有单位的填报人可以新建报告。' : '您是多个单位的填报人，请先选择单位。');
  };
  const unitFor = (unitId: string | undefined): string | null => {
    const unit = unitId ?? defaultUnit();
    if (!writes(actor, unit)) throw new ReadOnlyReportError('只有这个单位的填报人可以为它新建报告。');
    return unit;
  };

  const keep = async (id: string, number: number, data: string, cause: TVersionCause, on: Kysely<Database> = db) => {
    const at = now().toISOString();
    await on
      .insertInto('report_versions')
      .values({ id: globalThis.crypto.randomUUID(), report_id: id, number, cause, data, created_at: at, saved_by: whoSaved(actor) })
      .execute();
    lastKeptAt.set(id, Date.parse(at));
  };
  const lastKept = (id: string) =>
    db.selectFrom('report_versions').select(['number', 'cause', 'created_at']).where('report_id', '=', id).orderBy('created_at', 'desc').limit(1).executeTakeFirst();
  const lastKeptAt = lastKeptAtOf.get(db) ?? new Map<string, number>();
  lastKeptAtOf.set(db, lastKeptAt);
  const dueForVersion = async (id: string, at: string): Promise<boolean> => {
    if (!lastKeptAt.has(id)) lastKeptAt.set(id, Date.parse((await lastKept(id))?.created_at ?? '1970-01-01T00:00:00Z'));
    return Date.parse(at) - lastKeptAt.get(id)! >= TIMED_VERSION_MS;
  };

  const keptRows = (id: string) =>
    db.selectFrom('report_versions').selectAll().where('report_id', '=', id).orderBy('created_at', 'desc').orderBy('number', 'desc').execute();

  /** Kept versions with their savers' names in place of their ids. */
  const named = async (kept: TKeptVersion[]): Promise<TKeptVersion[]> => {
    const nameOf = await userNames(db, kept.map((k) => k.savedBy));
    return kept.map((k) => ({ ...k, savedBy: k.savedBy ? nameOf(k.savedBy) : null }));
  };

  const readableText = (data: string | undefined): TReport | null => {
    const read = data === undefined ? null : readReportJson(data);
    return read?.ok ? read.report : null;
  };
  /** The text of exactly `version`, while it is kept. */
  const revisionText = async (trx: Kysely<Database>, id: string, version: number) =>
    readableText((await trx.selectFrom('report_revisions').select('data').where('report_id', '=', id).where('version', '=', version).executeTakeFirst())?.data);
  /** The base of a three-way merge: the text of `version`, or of the nearest kept version before it. */
  const baseText = async (trx: Kysely<Database>, id: string, version: number) =>
    (await revisionText(trx, id, version)) ??
    readableText((await trx.selectFrom('report_versions').select('data').where('report_id', '=', id).where('number', '<=', version).orderBy('number', 'desc').limit(1).executeTakeFirst())?.data);

  const addRevision = async (trx: Kysely<Database>, id: string, version: number, data: string) => {
    await trx.insertInto('report_revisions').values({ report_id: id, version, data }).execute();
    await trx.deleteFrom('report_revisions').where('report_id', '=', id).where('version', '<=', version - REVISIONS_KEPT).execute();
  };

  type TWritten =
    | { kind: 'saved'; stored: TStoredReport; merged: boolean; wrote: boolean }
    | { kind: 'not-found' }
    | { kind: 'conflict'; current: TStoredReport; base: TReport | null }
    | { kind: 'raced' };

  // PostgreSQL runs saves side by side, so one holds the row while it merges and writes; SQLite runs one
  // transaction at a time anyway (and has no FOR UPDATE).
  const rowLocks = isPostgres(db);

  /** One try at a save inside a transaction; 'raced' when another save landed between reading and writing. */
  const trySave = async (trx: Kysely<Database>, id: string, mine: TReport, baseVersion: number, at: string, options: TSaveOptions & { merge: boolean }): Promise<TWritten> => {
    const { saveId } = options;
    const read = live(trx).where('id', '=', id);
    const row = await (rowLocks ? read.forUpdate() : read).executeTakeFirst();
    if (!row) return { kind: 'not-found' };
    mayChange(row, true);
    const current = toStored(row, actor);
    const applied = saveId ? await trx.selectFrom('report_saves').select(['version', 'created_at']).where('report_id', '=', id).where('save_id', '=', saveId).executeTakeFirst() : undefined;
    if (applied) {
      // A retry of a save already applied: answered with the text that save stored, which is a merge
      // when it was merged, so the editor adopts exactly that. Once that text is no longer kept, only the
      // version: the editor keeps its own text, and its next save merges with what came since.
      const version = Number(applied.version);
      const report = version === current.version ? current.report : ((await revisionText(trx, id, version)) ?? mine);
      return { kind: 'saved', stored: { ...current, version, updatedAt: applied.created_at, report }, merged: JSON.stringify(report) !== JSON.stringify(mine), wrote: false };
    }
    let report = mine;
    if (current.version !== baseVersion) {
      const base = options.merge ? await baseText(trx, id, baseVersion) : null;
      if (!options.merge) return { kind: 'conflict', current, base };
      const result = mergeReports(base, mine, current.report);
      if (result.conflicts.length > 0) return { kind: 'conflict', current, base };
      report = checkedReport(result.report);
    }
    const merged = report !== mine;
    const remember = async (version: number) => {
      if (!saveId) return;
      await trx.insertInto('report_saves').values({ report_id: id, save_id: saveId, version, created_at: at }).execute();
      await trx
        .deleteFrom('report_saves')
        .where('report_id', '=', id)
        .where('version', '<=', version - SAVE_IDS_KEPT)
        .where('created_at', '<', new Date(Date.parse(at) - SAVE_IDS_KEPT_MS).toISOString())
        .execute();
    };
    const data = JSON.stringify(report);
    // Merged into exactly what is stored: nothing new to write.
    if (merged && data === row.data) {
      await remember(current.version);
      return { kind: 'saved', stored: current, merged, wrote: false };
    }
    if (options.keepReplaced) await keep(id, current.version, row.data, '替换前', trx);
    const updated = await trx
      .updateTable('reports')
      .set((eb) => ({ data, version: eb('version', '+', 1), updated_at: at, updated_by: whoSaved(actor), year: report.year }))
      .where('id', '=', id)
      .where('version', '=', current.version)
      .where('deleted_at', 'is', null)
      .returning(['version'])
      .executeTakeFirst();
    if (!updated) return { kind: 'raced' };
    const version = Number(updated.version);
    await addRevision(trx, id, version, data);
    await remember(version);
    return { kind: 'saved', stored: { ...current, version, updatedAt: at, report }, merged, wrote: true };
  };

  const write = async (id: string, given: TReport, baseVersion: number, options: TSaveOptions & { merge: boolean }): Promise<TSaveResult> => {
    const mine = checkedReport(given);
    for (let attempt = 1; ; attempt += 1) {
      const at = now().toISOString();
      let written: TWritten;
      try {
        written = await db.transaction().execute((trx) => trySave(trx, id, mine, baseVersion, at, options));
      } catch (error) {
        // Two first saves of one save id at once: the loser's insert breaks the key; its retry replays.
        if (attempt < MERGE_ATTEMPTS && options.saveId && isUniqueViolation(error)) continue;
        throw error;
      }
      if (written.kind === 'raced' && attempt < MERGE_ATTEMPTS) continue;
      if (written.kind === 'raced') {
        const current = await get(id);
        return current ? { ok: false, reason: 'conflict', current, base: null } : { ok: false, reason: 'not-found' };
      }
      if (written.kind === 'not-found') return { ok: false, reason: 'not-found' };
      if (written.kind === 'conflict') return { ok: false, reason: 'conflict', current: written.current, base: written.base };
      if (written.wrote && (await dueForVersion(id, at))) await keep(id, written.stored.version, JSON.stringify(written.stored.report), '定时');
      return { ok: true, stored: written.stored, merged: written.merged };
    }
  };

  const save: ReportRepository['save'] = (id, report, baseVersion, options = {}) => write(id, report, baseVersion, { ...options, merge: true });

  return {
    async list() {
      const rows = await live().orderBy('updated_at', 'desc').execute();
      return rows.map((row) => toListed(row, actor));
    },
    get,
    async getRaw(id) {
      const row = await readable().where('id', '=', id).executeTakeFirst();
      return row ? { id: row.id, data: row.data, updatedAt: row.updated_at } : null;
    },
    async create(given, source, unitId) {
      const at = now().toISOString();
      const id = globalThis.crypto.randomUUID();
      const unit = unitFor(unitId);
      const report = checkedReport(given);
      const data = JSON.stringify(report);
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('reports').values({ id, version: 1, data, created_at: at, updated_at: at, unit_id: unit, updated_by: whoSaved(actor), year: report.year }).execute();
        await addRevision(trx, id, 1, data);
        if (source) await trx.insertInto('report_sources').values({ report_id: id, name: source.name, text: source.text, created_at: at }).execute();
      });
      return { id, version: 1, createdAt: at, updatedAt: at, downloadedAt: null, unitId: unit, status: 'draft', ownUnit: true, editable: true, report };
    },
    save,
    async keepVersion(id, cause) {
      const row = await live().where('id', '=', id).executeTakeFirst();
      const last = await lastKept(id);
      // A second download of the same text keeps nothing new.
      if (row && !(last && Number(last.number) === Number(row.version) && last.cause === cause)) await keep(id, Number(row.version), row.data, cause);
    },
    async history(id) {
      if (!(await live().where('id', '=', id).select('id').executeTakeFirst())) return null;
      return named((await keptRows(id)).map(toKept).filter(isKept));
    },
    async restore(id, versionId, baseVersion) {
      if (!(await changeable(id, true))) return { ok: false, reason: 'not-found' };
      const row = await db.selectFrom('report_versions').selectAll().where('id', '=', versionId).where('report_id', '=', id).executeTakeFirst();
      if (!row) return { ok: false, reason: 'not-found' };
      const kept = toKept(row);
      if (!isKept(kept)) throw new UnreadableReportError(id, kept.error);
      // A restore puts back exactly the kept text, over the version the clerk saw; the text it replaces is kept.
      const result = await write(id, kept.report, baseVersion, { merge: false, keepReplaced: true });
      if (result.ok) await keep(id, result.stored.version, row.data, '恢复');
      return result;
    },
    async getSource(id) {
      if (!(await live().where('id', '=', id).executeTakeFirst())) return null;
      const row = await db.selectFrom('report_sources').select(['name', 'text']).where('report_id', '=', id).executeTakeFirst();
      return row ?? null;
    },
    async markDownloaded(id) {
      if (!(await changeable(id, false))) return;
      await db.updateTable('reports').set({ downloaded_at: now().toISOString() }).where('id', '=', id).execute();
    },
    async listDeleted() {
      const since = new Date(now().getTime() - DELETED_KEPT_MS).toISOString();
      const rows = await readable().where('deleted_at', 'is not', null).where('deleted_at', '>=', since).orderBy('deleted_at', 'desc').execute();
      return rows.map((row) => ({ ...toListed(row, actor), deletedAt: row.deleted_at! }));
    },
    async undelete(id) {
      if (!(await changeable(id, false))) return false;
      const result = await db.updateTable('reports').set({ deleted_at: null }).where('id', '=', id).where('deleted_at', 'is not', null).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async remove(id) {
      if (!(await changeable(id, true))) return false;
      const result = await db
        .updateTable('reports')
        .set({ deleted_at: now().toISOString() })
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async exportAll() {
      const unreadable: TUnreadableEntry[] = [];
      const reports = [];
      for (const row of await live().orderBy('updated_at', 'desc').execute()) {
        const listed = toListed(row, actor);
        if (listed.report === null) {
          unreadable.push({ id: row.id, updatedAt: row.updated_at, error: listed.error, data: row.data });
          continue;
        }
        const versions = (await keptRows(row.id)).map(toKept);
        unreadable.push(...versions.flatMap((v) => (isKept(v) ? [] : [v])));
        const { id, version, createdAt, updatedAt, downloadedAt, report } = listed;
        reports.push({ id, version, createdAt, updatedAt, downloadedAt, report, source: await this.getSource(row.id), versions: versions.filter(isKept) });
      }
      return { format: BACKUP_FORMAT, formatVersion: 1, exportedAt: now().toISOString(), reports, ...(unreadable.length > 0 ? { unreadable } : {}) };
    },
    async restoreAll(backup, replace, unitId) {
      const unit = unitFor(unitId);
      const ids = backup.reports.map((r) => r.id);
      const present = ids.length === 0 ? [] : await db.selectFrom('reports').select(['id', 'unit_id']).where('id', 'in', ids).execute();
      // A report of the same id that the person may not change (another unit's, which they may not even
      // see) is never touched: the backup's copy comes in under new ids instead.
      const existing = new Set(present.filter((r) => writes(actor, r.unit_id)).map((r) => r.id));
      const elsewhere = new Set(present.filter((r) => !writes(actor, r.unit_id)).map((r) => r.id));
      if (existing.size > 0 && !replace) return { created: 0, replaced: 0, existing: [...existing] };
      // Every report and kept version checked before the first write, so a bad one leaves the database as it was.
      const checked = backup.reports.map((entry) => ({ data: serialized(entry.report), versions: entry.versions.map((v) => serialized(v.report)) }));
      const fresh = (id: string, entry: TBackupEntry) => (elsewhere.has(entry.id) ? globalThis.crypto.randomUUID() : id);
      await db.transaction().execute(async (trx) => {
        for (const [i, given] of backup.reports.entries()) {
          const entry = { ...given, id: fresh(given.id, given), versions: given.versions.map((v) => ({ ...v, id: fresh(v.id, given) })) };
          const { data, versions } = checked[i]!;
          if (existing.has(entry.id)) {
            await trx.deleteFrom('report_versions').where('report_id', '=', entry.id).execute();
            await trx.deleteFrom('report_saves').where('report_id', '=', entry.id).execute();
            await trx.deleteFrom('report_revisions').where('report_id', '=', entry.id).execute();
            await trx.deleteFrom('report_sources').where('report_id', '=', entry.id).execute();
            await trx.deleteFrom('reports').where('id', '=', entry.id).execute();
          }
          await trx
            .insertInto('reports')
            .values({
              id: entry.id,
              version: entry.version,
              data,
              created_at: entry.createdAt,
              updated_at: entry.updatedAt,
              downloaded_at: entry.downloadedAt,
              unit_id: unit,
              updated_by: whoSaved(actor),
              year: entry.report.year,
            })
            .execute();
          await addRevision(trx, entry.id, entry.version, data);
          if (entry.source) await trx.insertInto('report_sources').values({ report_id: entry.id, name: entry.source.name, text: entry.source.text, created_at: entry.createdAt }).execute();
          for (const [j, v] of entry.versions.entries()) {
            await trx
              .insertInto('report_versions')
              .values({ id: v.id, report_id: entry.id, number: v.number, cause: v.cause, data: versions[j]!, created_at: v.createdAt, saved_by: null })
              .execute();
          }
        }
      });
      return { created: backup.reports.length - existing.size, replaced: existing.size, existing: [] };
    },
    close: () => db.destroy(),
  };
}
