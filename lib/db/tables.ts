import type { Generated } from 'kysely';

/** The rows as the database holds them: a report is one versioned JSON document, re-validated on read. */
export interface ReportsTable {
  id: string;
  /** Bumped by every save; a save names the version it was based on, so a stale one is refused. */
  version: Generated<number>;
  data: string;
  created_at: string;
  updated_at: string;
  downloaded_at: string | null;
  deleted_at: string | null;
  /** The unit the report belongs to (0006); null only for reports from before accounts, until 初始设置. */
  unit_id: string | null;
  /** Who saved the current text (0006). */
  updated_by: string | null;
  /** The report's year, copied from its JSON on every write (0007), for the county's dashboard. */
  year: number | null;
  /** Where it stands with the county (lib/review/status.ts), since when and by whom (0007). */
  status: Generated<string>;
  status_at: string | null;
  status_by: string | null;
  submitted_at: string | null;
  /** 已公开: the web address and the date of publication. */
  published_url: string | null;
  published_on: string | null;
  /** The checks' 错误 and 提示 of `counted_version`, for the dashboard. */
  counted_version: number | null;
  errors: number | null;
  hints: number | null;
}

export interface ReportSourcesTable {
  report_id: string;
  name: string;
  text: string;
  created_at: string;
}

export interface ReportVersionsTable {
  id: string;
  report_id: string;
  /** The report's version number when it was kept. */
  number: number;
  cause: string;
  data: string;
  created_at: string;
  /** Who saved the text kept (0006). */
  saved_by: string | null;
}

/** Recent saves by the id the browser gave them (0004): a retry is answered, not refused. */
export interface ReportSavesTable {
  report_id: string;
  save_id: string;
  version: number;
  created_at: string;
}

/** The text of each recent version (0005): the base a save from an older version is merged against. */
export interface ReportRevisionsTable {
  report_id: string;
  version: number;
  data: string;
}

/** A reporting unit (0006): a township, street office or county department. */
export interface UnitsTable {
  id: string;
  name: string;
  kind: string;
  superior: string;
  created_at: string;
}

export interface UnitClerksTable {
  unit_id: string;
  user_id: string;
}

export interface UserRolesTable {
  user_id: string;
  role: string;
}

/** better-auth's user row (0006), as far as Nianbao reads it. */
export interface AuthUsersTable {
  id: string;
  name: string;
  email: string;
  username: string | null;
  displayUsername: string | null;
}

export interface AuthSessionsTable {
  id: string;
  userId: string;
}

/** Who did what, when (0006): sign-ins, failed sign-ins, submissions, returns and acceptances. */
export interface AuditEventsTable {
  id: string;
  at: string;
  kind: string;
  user_id: string | null;
  /** The name typed at a failed sign-in, which may belong to nobody. */
  login: string | null;
  report_id: string | null;
  detail: string | null;
}

/** A reviewer's comment on a report, a part of it, or one paragraph (0007). */
export interface ReportCommentsTable {
  id: string;
  report_id: string;
  part_key: string | null;
  /** The start of the paragraph it is about, as it read when the comment was made. */
  excerpt: string | null;
  body: string;
  author_id: string;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
}

/** The 报送 and 公开 deadlines the administrator set for a year (0007); otherwise the template's. */
export interface YearDeadlinesTable {
  year: number;
  report_by: string;
  publish_by: string;
}

export interface AppSettingsTable {
  key: string;
  value: string;
}

export interface Database {
  reports: ReportsTable;
  report_revisions: ReportRevisionsTable;
  report_saves: ReportSavesTable;
  report_sources: ReportSourcesTable;
  report_versions: ReportVersionsTable;
  units: UnitsTable;
  unit_clerks: UnitClerksTable;
  user_roles: UserRolesTable;
  auth_users: AuthUsersTable;
  auth_sessions: AuthSessionsTable;
  audit_events: AuditEventsTable;
  app_settings: AppSettingsTable;
  report_comments: ReportCommentsTable;
  year_deadlines: YearDeadlinesTable;
}
