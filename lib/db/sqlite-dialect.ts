import type { Database as SqliteDatabase } from 'better-sqlite3';
import { SqliteAdapter, SqliteDialect } from 'kysely';

// Kysely's SQLite adapter says it has no transactional DDL, so its Migrator runs each migration bare and a
// crash half-way leaves half a schema. SQLite does roll back CREATE TABLE and CREATE INDEX with the
// transaction they ran in; saying so makes the Migrator wrap the whole run in one.
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class TransactionalDdlSqliteDialect extends SqliteDialect {
  override createAdapter(): SqliteAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

/** Kysely's SQLite dialect over one better-sqlite3 connection, with migrations run in a transaction. */
export function sqliteDialect(connection: SqliteDatabase): SqliteDialect {
  return new TransactionalDdlSqliteDialect({ database: connection });
}
