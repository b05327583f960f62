import 'server-only';
import type { Kysely } from 'kysely';
import { env } from '../env';
import { openPostgres } from './open-postgres';
import { openSqlite } from './open-sqlite';
import type { Database } from './tables';

// One connection (pool) per server process, kept across Next's module reloads in development.
const cache = globalThis as typeof globalThis & { nianbaoDatabase?: Promise<Kysely<Database>> };

/** PostgreSQL when DATABASE_URL names one, else the embedded SQLite file, migrated to the newest schema. */
export function getDatabase(): Promise<Kysely<Database>> {
  cache.nianbaoDatabase ??= (env.DATABASE_URL ? openPostgres(env.DATABASE_URL, env.DATABASE_SCHEMA) : openSqlite(env.NIANBAO_DB)).catch((error: unknown) => {
    // A server that was away at the first request must be tried again at the next, not remembered as failed.
    cache.nianbaoDatabase = undefined;
    throw error;
  });
  return cache.nianbaoDatabase;
}
