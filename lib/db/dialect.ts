import type { Kysely } from 'kysely';

// The server's bundles may each hold a copy of Kysely, so `instanceof PostgresAdapter` is false for a
// database another copy opened (and a PostgreSQL server was taken for SQLite): the opener marks the
// adapter instead, under a key every copy shares. Transactions keep their database's adapter.
const POSTGRES = Symbol.for('nianbao.db.postgres');

export function markPostgres<T>(db: Kysely<T>): Kysely<T> {
  Object.defineProperty(db.getExecutor().adapter, POSTGRES, { value: true });
  return db;
}

export function isPostgres<T>(db: Kysely<T>): boolean {
  return (db.getExecutor().adapter as unknown as Record<symbol, unknown>)[POSTGRES] === true;
}
