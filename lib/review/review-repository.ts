import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../db/dialect';
import { AUDIT_KINDS, recordEvent } from '../audit/audit-log';
import { readsAll, whoSaved, writes, type TActor } from '../auth/actor';
import { userNames } from '../auth/user-names';
import { ReadOnlyReportError } from '../db/errors';
import { createReportRepository } from '../db/report-repository';
import { readableReports } from '../db/report-scope';
import type { Database } from '../db/tables';
import { deadlinesFor, todayInChina } from '../report/deadlines';
import { getTemplate } from '../template/get-template';
import { lateness, publicationLateness, type TLateness } from './lateness';
import { storedFigures } from './stored-figures';
import type { TFigures } from '../report/schema';
import type { TDeadlines, TNewComment, TReviewAction } from './requests';
import { readStatus, STATUS_LABELS, TRANSITIONS, type TReportStatus } from './status';

export type TActOutcome =
  | { ok: true; status: TReportStatus; version: number }
  | { ok: false; status: 404 | 409 | 422; message: string };

export type TComment = { id: string; partKey: string | null; excerpt: string | null; body: string; author: string; createdAt: string; resolvedAt: string | null; resolvedBy: string | null };

export type TTimelineEvent = { kind: keyof typeof AUDIT_KINDS; label: string; at: string; who: string; detail: string | null };

export type TDashboardRow = {
  unitId: string;
  unitName: string;
  unitKind: string;
  superior: string;
  reportId: string | null;
  status: TReportStatus | 'missing';
  submittedAt: string | null;
  lateness: TLateness;
  /** Where and when the report went online, and how that stands against the 公开 deadline. */
  publishedUrl: string | null;
  publishedOn: string | null;
  publication: TLateness;
  openComments: number;
  /** The checks' counts of the current version; null until they have been counted. */
  errors: number | null;
  hints: number | null;
};

export type TDashboard = { year: number; deadlines: TDeadlines; today: string; rows: TDashboardRow[] };

/** A unit and the 主要数据 of the report the dashboard shows for it. */
export type TUnitFigures = { unitId: string; unitName: string; unitKind: string; reportId: string | null; status: TReportStatus | 'missing'; figures: TFigures | null };

const ACTION_NAMES = { submit: '报送', return: '退回', accept: '通过', publish: '登记公开' } as const;

/** Which of a unit's reports of a year the dashboard shows: the furthest along, then the latest saved. */
const STATUS_RANK: Record<TReportStatus, number> = { published: 4, accepted: 3, submitted: 2, returned: 1, draft: 0 };

/** The county's collection and review of reports, scoped like the report repository (lib/db/report-scope). */
export function createReviewRepository(db: Kysely<Database>, actor: TActor, now: () => Date = () => new Date()) {
  const isReviewer = readsAll(actor);
  const reviewerOnly = (what: string) => {
    if (!isReviewer) throw new ReadOnlyReportError(`只有审核人可以${what}。`);
  };
  const liveRow = (id: string) => readableReports(db, actor).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  const names = (ids: Array<string | null>) => userNames(db, ids);

  const deadlines = async (year: number): Promise<TDeadlines> => {
    const set = await db.selectFrom('year_deadlines').selectAll().where('year', '=', year).executeTakeFirst();
    if (set) return { reportBy: set.report_by, publishBy: set.publish_by };
    const [report, publish] = deadlinesFor(year, getTemplate(), todayInChina(now()));
    return { reportBy: report!.date, publishBy: publish!.date };
  };

  /** Every unit, and the one report of `year` the dashboard shows for each: the furthest along, then the
   * latest saved. */
  const shownReports = async (year: number) => {
    const [units, reports] = await Promise.all([
      db.selectFrom('units').selectAll().orderBy('superior').orderBy('name').execute(),
      db
        .selectFrom('reports')
        .select(['id', 'unit_id', 'version', 'status', 'submitted_at', 'updated_at', 'counted_version', 'errors', 'hints', 'published_url', 'published_on'])
        .where('year', '=', year)
        .where('deleted_at', 'is', null)
        .execute(),
    ]);
    const shown = new Map<string, (typeof reports)[number]>();
    for (const r of reports) {
      if (!r.unit_id) continue;
      const held = shown.get(r.unit_id);
      const rank = (x: typeof r) => STATUS_RANK[readStatus(x.status)] * 1e15 + Date.parse(x.updated_at);
      if (!held || rank(r) > rank(held)) shown.set(r.unit_id, r);
    }
    return { units, shown };
  };

  return {
    deadlines,

    /** 报送 (the unit's clerk; `blockers` are the checks' 错误 of `request.version`), 退回修改, 通过 and
     * 已公开 (reviewers). Each is logged, and 报送 and 退回 keep the text in 历史版本. */
    async act(id: string, request: TReviewAction, blockers: string[]): Promise<TActOutcome> {
      const row = await liveRow(id);
      if (!row) return { ok: false, status: 404, message: '找不到这份报告，它可能已被删除。' };
      const transition = TRANSITIONS[request.action];
      if (transition.by === 'clerk' && !writes(actor, row.unit_id)) throw new ReadOnlyReportError('只有本单位的填报人可以报送。');
      if (transition.by === 'reviewer') reviewerOnly(ACTION_NAMES[request.action]);
      if (transition.by === 'either' && !writes(actor, row.unit_id) && !isReviewer) throw new ReadOnlyReportError(`只有本单位的填报人或审核人可以${ACTION_NAMES[request.action]}。`);
      const status = readStatus(row.status);
      if (!transition.from.includes(status)) return { ok: false, status: 409, message: `这份报告现在是“${STATUS_LABELS[status]}”，不能${ACTION_NAMES[request.action]}。请刷新页面，看过最新情况后再操作。` };
      if (Number(row.version) !== request.version) return { ok: false, status: 409, message: '报告刚刚被修改过，请刷新页面，看过最新内容后再操作。' };
      if (request.action === 'submit' && blockers.length > 0) return { ok: false, status: 422, message: `还有 ${blockers.length} 处错误，改正后才能报送：${blockers.join('；')}` };
      const at = now().toISOString();
      const updated = await db
        .updateTable('reports')
        .set({
          status: transition.to,
          status_at: at,
          status_by: whoSaved(actor),
          ...(request.action === 'submit' ? { submitted_at: at } : {}),
          ...(request.action === 'publish' ? { published_url: request.url, published_on: request.date } : {}),
        })
        .where('id', '=', id)
        .where('version', '=', request.version)
        .where('status', '=', row.status)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) return { ok: false, status: 409, message: '报告刚刚被修改过，请刷新页面，看过最新内容后再操作。' };
      const detail = request.action === 'return' ? request.reason : request.action === 'publish' ? `${request.date} ${request.url}` : null;
      await recordEvent(db, { kind: request.action, userId: whoSaved(actor), reportId: id, detail }, now());
      if (request.action === 'submit' || request.action === 'return') await createReportRepository(db, actor, now).keepVersion(id, request.action === 'submit' ? '报送' : '退回');
      return { ok: true, status: transition.to, version: request.version };
    },

    /** The report's comments, open first; null when the person may not read the report. */
    async comments(reportId: string): Promise<TComment[] | null> {
      if (!(await liveRow(reportId))) return null;
      const rows = await db.selectFrom('report_comments').selectAll().where('report_id', '=', reportId).orderBy('created_at').execute();
      const nameOf = await names(rows.flatMap((r) => [r.author_id, r.resolved_by]));
      return rows
        .map((r) => ({ id: r.id, partKey: r.part_key, excerpt: r.excerpt, body: r.body, author: nameOf(r.author_id), createdAt: r.created_at, resolvedAt: r.resolved_at, resolvedBy: r.resolved_by ? nameOf(r.resolved_by) : null }))
        .sort((a, b) => Number(a.resolvedAt !== null) - Number(b.resolvedAt !== null));
    },

    async addComment(reportId: string, input: TNewComment): Promise<TComment | null> {
      if (!(await liveRow(reportId))) return null;
      reviewerOnly('批注');
      const row = { id: globalThis.crypto.randomUUID(), report_id: reportId, part_key: input.partKey ?? null, excerpt: input.excerpt ?? null, body: input.body, author_id: whoSaved(actor) ?? 'system', created_at: now().toISOString(), resolved_at: null, resolved_by: null };
      await db.insertInto('report_comments').values(row).execute();
      return { id: row.id, partKey: row.part_key, excerpt: row.excerpt, body: row.body, author: actor.kind === 'user' ? actor.name : '', createdAt: row.created_at, resolvedAt: null, resolvedBy: null };
    },

    /** 标为已解决, by the unit's clerk. False when there is no such open comment on a report they may read. */
    async resolveComment(reportId: string, commentId: string): Promise<boolean> {
      const row = await liveRow(reportId);
      if (!row) return false;
      if (!writes(actor, row.unit_id)) throw new ReadOnlyReportError('只有本单位的填报人可以把批注标为已解决。');
      const done = await db
        .updateTable('report_comments')
        .set({ resolved_at: now().toISOString(), resolved_by: whoSaved(actor) })
        .where('id', '=', commentId)
        .where('report_id', '=', reportId)
        .where('resolved_at', 'is', null)
        .executeTakeFirst();
      return Number(done.numUpdatedRows) === 1;
    },

    /** 保密审查 of a version, confirmed by the unit's clerk or a reviewer before the report goes online:
     * who and when, in the log. 404 when there is no such report to read; a stale version is a 409. */
    async confirmSecrecy(id: string, version: number): Promise<TActOutcome> {
      const row = await liveRow(id);
      if (!row) return { ok: false, status: 404, message: '找不到这份报告，它可能已被删除。' };
      if (!writes(actor, row.unit_id) && !isReviewer) throw new ReadOnlyReportError('只有本单位的填报人或审核人可以确认保密审查。');
      if (Number(row.version) !== version) return { ok: false, status: 409, message: '报告刚刚被修改过，请刷新页面，看过最新内容后再确认。' };
      await recordEvent(db, { kind: 'secrecy', userId: whoSaved(actor), reportId: id, detail: String(version) }, now());
      return { ok: true, status: readStatus(row.status), version };
    },

    /** Who confirmed the 保密审查 of this version, and when; null when nobody has (or it cannot be read). */
    async secrecyConfirmation(id: string, version: number): Promise<{ at: string; who: string } | null> {
      if (!(await liveRow(id))) return null;
      const row = await db
        .selectFrom('audit_events')
        .select(['at', 'user_id'])
        .where('report_id', '=', id)
        .where('kind', '=', 'secrecy')
        .where('detail', '=', String(version))
        .orderBy('at', 'desc')
        .executeTakeFirst();
      if (!row) return null;
      return { at: row.at, who: (await names([row.user_id]))(row.user_id) };
    },

    /** 报送, 退回, 通过 and 已公开 of a report, oldest first, with who; null when it cannot be read. */
    async timeline(reportId: string): Promise<TTimelineEvent[] | null> {
      if (!(await liveRow(reportId))) return null;
      const rows = await db.selectFrom('audit_events').selectAll().where('report_id', '=', reportId).orderBy('at').execute();
      const nameOf = await names(rows.map((r) => r.user_id));
      return rows.map((r) => ({ kind: r.kind as keyof typeof AUDIT_KINDS, label: AUDIT_KINDS[r.kind as keyof typeof AUDIT_KINDS] ?? r.kind, at: r.at, who: nameOf(r.user_id), detail: r.detail }));
    },

    /** 汇总: every unit and its report of `year`, for the county's reviewers. */
    async dashboard(year: number): Promise<TDashboard> {
      reviewerOnly('查看汇总');
      const [{ units, shown }, limits] = await Promise.all([shownReports(year), deadlines(year)]);
      const ids = [...shown.values()].map((r) => r.id);
      const open = ids.length > 0
        ? await db.selectFrom('report_comments').select(['report_id']).select((eb) => eb.fn.countAll<number>().as('n')).where('report_id', 'in', ids).where('resolved_at', 'is', null).groupBy('report_id').execute()
        : [];
      const today = todayInChina(now());
      const rows = units.map((unit): TDashboardRow => {
        const report = shown.get(unit.id);
        const status = report ? readStatus(report.status) : 'missing';
        const counted = report && Number(report.counted_version) === Number(report.version);
        return {
          unitId: unit.id,
          unitName: unit.name,
          unitKind: unit.kind,
          superior: unit.superior,
          reportId: report?.id ?? null,
          status,
          submittedAt: report?.submitted_at ?? null,
          lateness: lateness(status, report?.submitted_at ?? null, limits.reportBy, today),
          publishedUrl: status === 'published' ? (report?.published_url ?? null) : null,
          publishedOn: status === 'published' ? (report?.published_on ?? null) : null,
          publication: publicationLateness(status === 'published' ? (report?.published_on ?? null) : null, limits.publishBy, today),
          openComments: Number(open.find((o) => o.report_id === report?.id)?.n ?? 0),
          errors: counted ? Number(report.errors) : null,
          hints: counted ? Number(report.hints) : null,
        };
      });
      return { year, deadlines: limits, today, rows };
    },

    /** 主要数据汇总: every unit with the 主要数据 table of the report the dashboard shows for it (null
     * for a unit without one, or a report whose table cannot be read). */
    async figureTables(year: number): Promise<TUnitFigures[]> {
      reviewerOnly('查看汇总');
      const { units, shown } = await shownReports(year);
      const ids = [...shown.values()].map((r) => r.id);
      // Only the table and the version leave the database: the county's view reads hundreds of reports.
      const postgres = isPostgres(db);
      const figures = postgres ? sql<string | null>`(data::jsonb -> 'figures')::text` : sql<string | null>`json_extract(data, '$.figures')`;
      const version = postgres ? sql<number | null>`(data::jsonb ->> 'schemaVersion')::int` : sql<number | null>`json_extract(data, '$.schemaVersion')`;
      const data = ids.length > 0 ? await db.selectFrom('reports').select(['id', figures.as('figures'), version.as('version')]).where('id', 'in', ids).execute() : [];
      const tables = new Map(data.map((row) => [row.id, storedFigures(row.version, row.figures)]));
      return units.map((unit) => {
        const report = shown.get(unit.id);
        return { unitId: unit.id, unitName: unit.name, unitKind: unit.kind, reportId: report?.id ?? null, status: report ? readStatus(report.status) : 'missing', figures: report ? (tables.get(report.id) ?? null) : null };
      });
    },

    /** The checks' counts of `version`, kept for the dashboard; a newer save makes them stale, not wrong. */
    async recordCounts(id: string, version: number, errors: number, hints: number): Promise<void> {
      await db.updateTable('reports').set({ counted_version: version, errors, hints }).where('id', '=', id).where('version', '=', version).execute();
    },

    async setDeadlines(year: number, value: TDeadlines): Promise<void> {
      if (actor.kind !== 'system' && !actor.admin) throw new ReadOnlyReportError('只有管理员可以设置报送和公开的截止日期。');
      await db
        .insertInto('year_deadlines')
        .values({ year, report_by: value.reportBy, publish_by: value.publishBy })
        .onConflict((oc) => oc.column('year').doUpdateSet({ report_by: value.reportBy, publish_by: value.publishBy }))
        .execute();
    },
  };
}

export type ReviewRepository = ReturnType<typeof createReviewRepository>;
