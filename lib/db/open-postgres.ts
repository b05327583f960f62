import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrate } from './migrate';
import type { Database } from './tables';

/**
 * Connects to PostgreSQL and brings the schema up to date with the same migrations as SQLite.
 * `schema` puts the tables in a schema of their own (created if missing), as the tests do.
 */
export async function openPostgres(url: string, schema?: string): Promise<Kysely<Database>> {
  if (schema) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema if not exists "${schema.replace(/"/g, '')}"`);
    await admin.end();
  }
  const pool = new pg.Pool({ connectionString: url, max: 10, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  // Kysely looks for its bookkeeping tables in every schema unless told which: name it, or another
  // application's tables on a shared server would be taken for ours.
  return migrate(new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), schema ?? 'public');
}
