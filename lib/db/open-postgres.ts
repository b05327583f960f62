import { markPostgres } from './dialect';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrate } from './migrate';
import type { Database } from './tables';

export const POOL_TIMEOUTS = { connectMs: 5_000, idleMs: 30_000, queryMs: 15_000 };

/**
 * Connects to PostgreSQL and brings the schema up to date with the same migrations as SQLite.
 * `schema` puts the tables in a schema of their own (created if missing), as the tests do.
 */
export async function openPostgres(url: string, schema?: string): Promise<Kysely<Database>> {
  if (schema) {
    const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: POOL_TIMEOUTS.connectMs });
    await admin.connect();
    try {
      await admin.query(`create schema if not exists "${schema.replace(/"/g, '')}"`);
    } finally {
      await admin.end().catch(() => undefined);
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // A server that is away must turn into a quick 503, not a request hanging until the browser gives up;
    // idle connections are let go so those broken by a restart are not kept.
    connectionTimeoutMillis: POOL_TIMEOUTS.connectMs,
    idleTimeoutMillis: POOL_TIMEOUTS.idleMs,
    query_timeout: POOL_TIMEOUTS.queryMs,
    statement_timeout: POOL_TIMEOUTS.queryMs,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // A client whose server went away (restart, network) emits 'error': on the pool while idle, on the client
  // itself while a request holds it. Unheard, either would end the whole process. The query in flight has
  // already failed (503), the pool drops the client and opens a new one when next asked.
  const lost = (error: Error) => console.error('PostgreSQL connection lost (the next request reconnects):', error.message);
  pool.on('error', lost);
  pool.on('connect', (client) => client.on('error', lost));
  // Kysely looks for its bookkeeping tables in every schema unless told which: name it, or another
  // application's tables on a shared server would be taken for ours.
  return migrate(markPostgres(new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })), schema ?? 'public');
}
