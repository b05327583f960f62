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

export interface Database {
  reports: ReportsTable;
  report_revisions: ReportRevisionsTable;
  report_saves: ReportSavesTable;
  report_sources: ReportSourcesTable;
  report_versions: ReportVersionsTable;
}
