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
}
