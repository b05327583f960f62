import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type Kysely, type Migration, type MigrationProvider } from 'kysely';

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
  '0006_accounts': {
    // Sign-in, units and roles for a county server. The auth_* tables are better-auth's, column for column
    // as its own migration makes them (tests/lib/auth/auth-schema.test.ts holds them to it); reports made
    // before accounts have no unit until 初始设置 moves them into the first one.
    async up(db: Kysely<unknown>) {
      const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
      const time = postgres ? 'timestamptz' : 'date';
      const now = (c: ColumnDefinitionBuilder) => (postgres ? c.defaultTo(sql`CURRENT_TIMESTAMP`).notNull() : c.notNull());
      await db.schema
        .createTable('auth_users')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('emailVerified', postgres ? 'boolean' : 'integer', (c) => c.notNull())
        .addColumn('image', 'text')
        .addColumn('createdAt', time, now)
        .addColumn('updatedAt', time, now)
        .addColumn('username', 'text', (c) => c.unique())
        .addColumn('displayUsername', 'text')
        .execute();
      await db.schema
        .createTable('auth_sessions')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('expiresAt', time, (c) => c.notNull())
        .addColumn('token', 'text', (c) => c.notNull().unique())
        .addColumn('createdAt', time, now)
        .addColumn('updatedAt', time, (c) => c.notNull())
        .addColumn('ipAddress', 'text')
        .addColumn('userAgent', 'text')
        .addColumn('userId', 'text', (c) => c.notNull().references('auth_users.id').onDelete('cascade'))
        .execute();
      await db.schema
        .createTable('auth_accounts')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('accountId', 'text', (c) => c.notNull())
        .addColumn('providerId', 'text', (c) => c.notNull())
        .addColumn('userId', 'text', (c) => c.notNull().references('auth_users.id').onDelete('cascade'))
        .addColumn('accessToken', 'text')
        .addColumn('refreshToken', 'text')
        .addColumn('idToken', 'text')
        .addColumn('accessTokenExpiresAt', time)
        .addColumn('refreshTokenExpiresAt', time)
        .addColumn('scope', 'text')
        .addColumn('password', 'text')
        .addColumn('createdAt', time, now)
        .addColumn('updatedAt', time, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('auth_verifications')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('identifier', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('expiresAt', time, (c) => c.notNull())
        .addColumn('createdAt', time, now)
        .addColumn('updatedAt', time, now)
        .execute();
      await sql`create index "auth_sessions_userId_idx" on "auth_sessions" ("userId")`.execute(db);
      await sql`create index "auth_accounts_userId_idx" on "auth_accounts" ("userId")`.execute(db);
      await sql`create index "auth_verifications_identifier_idx" on "auth_verifications" ("identifier")`.execute(db);

      await db.schema
        .createTable('units')
        .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
        .addColumn('name', 'varchar(200)', (c) => c.notNull().unique())
        .addColumn('kind', 'varchar(20)', (c) => c.notNull())
        .addColumn('superior', 'varchar(200)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      // 填报人 of a unit; a person may be the clerk of several.
      await db.schema
        .createTable('unit_clerks')
        .addColumn('unit_id', 'varchar(40)', (c) => c.notNull().references('units.id'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('auth_users.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('unit_clerks_pk', ['unit_id', 'user_id'])
        .execute();
      await sql`create index unit_clerks_user on unit_clerks (user_id)`.execute(db);
      // County-wide roles: 审核人 (reviewer) and 管理员 (admin).
      await db.schema
        .createTable('user_roles')
        .addColumn('user_id', 'text', (c) => c.notNull().references('auth_users.id').onDelete('cascade'))
        .addColumn('role', 'varchar(20)', (c) => c.notNull())
        .addPrimaryKeyConstraint('user_roles_pk', ['user_id', 'role'])
        .execute();
      await db.schema.alterTable('reports').addColumn('unit_id', 'varchar(40)', (c) => c.references('units.id')).execute();
      await sql`create index reports_unit on reports (unit_id)`.execute(db);
      // Who saved: the person a kept version and the current text came from (null before accounts).
      await db.schema.alterTable('reports').addColumn('updated_by', 'text').execute();
      await db.schema.alterTable('report_versions').addColumn('saved_by', 'text').execute();
      await db.schema
        .createTable('audit_events')
        .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
        .addColumn('at', 'varchar(32)', (c) => c.notNull())
        .addColumn('kind', 'varchar(20)', (c) => c.notNull())
        .addColumn('user_id', 'text')
        .addColumn('login', 'varchar(100)')
        .addColumn('report_id', 'varchar(40)')
        .addColumn('detail', 'text')
        .execute();
      await sql`create index audit_events_report on audit_events (report_id, at)`.execute(db);
      await sql`create index audit_events_at on audit_events (at)`.execute(db);
      // The server's own settings: the secret sessions are signed with, made on first start.
      await db.schema
        .createTable('app_settings')
        .addColumn('key', 'varchar(60)', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '0007_review': {
    // The county's collection and review: each report's standing (报送, 退回修改, 通过, 已公开), its year as a
    // column for the dashboard, the checks' counts of the version last counted, reviewers' comments, and
    // the deadlines the administrator sets for a year.
    async up(db: Kysely<unknown>) {
      const reports = () => db.schema.alterTable('reports');
      await reports().addColumn('year', 'integer').execute();
      await reports().addColumn('status', 'varchar(12)', (c) => c.notNull().defaultTo('draft')).execute();
      await reports().addColumn('status_at', 'varchar(32)').execute();
      await reports().addColumn('status_by', 'text').execute();
      await reports().addColumn('submitted_at', 'varchar(32)').execute();
      await reports().addColumn('published_url', 'text').execute();
      await reports().addColumn('published_on', 'varchar(10)').execute();
      await reports().addColumn('counted_version', 'integer').execute();
      await reports().addColumn('errors', 'integer').execute();
      await reports().addColumn('hints', 'integer').execute();
      // The year lives in each report's JSON; copied out once here, and on every write from now on.
      const rows = await sql<{ id: string; data: string }>`select id, data from reports`.execute(db);
      for (const row of rows.rows) {
        const year = (() => {
          try {
            const value: unknown = (JSON.parse(row.data) as { year?: unknown }).year;
            return typeof value === 'number' && Number.isInteger(value) ? value : null;
          } catch {
            return null;
          }
        })();
        if (year !== null) await sql`update reports set year = ${year} where id = ${row.id}`.execute(db);
      }
      await sql`create index reports_unit_year on reports (unit_id, year)`.execute(db);
      await db.schema
        .createTable('report_comments')
        .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
        .addColumn('report_id', 'varchar(40)', (c) => c.notNull().references('reports.id'))
        .addColumn('part_key', 'varchar(20)')
        .addColumn('excerpt', 'text')
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('author_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('resolved_at', 'varchar(32)')
        .addColumn('resolved_by', 'text')
        .execute();
      await sql`create index report_comments_report on report_comments (report_id, created_at)`.execute(db);
      await db.schema
        .createTable('year_deadlines')
        .addColumn('year', 'integer', (c) => c.primaryKey())
        .addColumn('report_by', 'varchar(10)', (c) => c.notNull())
        .addColumn('publish_by', 'varchar(10)', (c) => c.notNull())
        .execute();
    },
  },
  '0008_sign_in_throttle': {
    // Failed sign-ins are counted per login name (lib/auth/sign-in-throttle), read on every sign-in.
    async up(db: Kysely<unknown>) {
      await sql`create index audit_events_login on audit_events (login, at)`.execute(db);
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};
