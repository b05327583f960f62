import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

// Versioned, append-only: a migration that has shipped is never edited, only followed by a new one.
// Types are kept to those SQLite and PostgreSQL share, so the same list serves both.
const MIGRATIONS: Record<string, Migration> = {
  '0001_reports': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('reports')
        .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('downloaded_at', 'varchar(32)')
        .addColumn('deleted_at', 'varchar(32)')
        .execute();
      await sql`create index reports_updated_at on reports (updated_at)`.execute(db);
    },
  },
  '0002_report_sources': {
    // The text of the file a draft was imported from, kept apart so autosave never carries it.
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('report_sources')
        .addColumn('report_id', 'varchar(40)', (c) => c.primaryKey().references('reports.id'))
        .addColumn('name', 'varchar(300)', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
    },
  },
  '0003_report_versions': {
    // 历史版本: the report as it was at a download, every ten minutes of editing, and at each restore.
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('report_versions')
        .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
        .addColumn('report_id', 'varchar(40)', (c) => c.notNull().references('reports.id'))
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('cause', 'varchar(10)', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await sql`create index report_versions_report on report_versions (report_id, created_at)`.execute(db);
    },
  },
  '0004_report_saves': {
    // The id the browser gave each recent save and the version it made: a retried save whose reply was
    // lost is answered with that version instead of a conflict with its own text.
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('report_saves')
        .addColumn('report_id', 'varchar(40)', (c) => c.notNull().references('reports.id'))
        .addColumn('save_id', 'varchar(40)', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addPrimaryKeyConstraint('report_saves_pk', ['report_id', 'save_id'])
        .execute();
    },
  },
  '0005_report_revisions': {
    // The text of each recent version: a save based on an older version is merged three ways against it.
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('report_revisions')
        .addColumn('report_id', 'varchar(40)', (c) => c.notNull().references('reports.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('report_revisions_pk', ['report_id', 'version'])
        .execute();
      // Each report's text as it is now: two tabs open on it when this build starts merge against it.
      await sql`insert into report_revisions (report_id, version, data) select id, version, data from reports`.execute(db);
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};
