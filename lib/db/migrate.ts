import { Migrator, type Kysely } from 'kysely';
import { migrationProvider } from './migrations';
import type { Database } from './tables';

/** Brings a database's schema up to date; on failure the connection is closed and the error thrown.
 * `schema`: the PostgreSQL schema the tables live in, where Kysely must keep its own bookkeeping too. */
export async function migrate(db: Kysely<Database>, schema?: string): Promise<Kysely<Database>> {
  const { error } = await new Migrator({ db, provider: migrationProvider, ...(schema ? { migrationTableSchema: schema } : {}) }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw error instanceof Error ? error : new Error('数据库迁移失败', { cause: error });
  }
  return db;
}
