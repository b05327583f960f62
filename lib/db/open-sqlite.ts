import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { migrate } from './migrate';
import type { Database } from './tables';

/** Opens (creating if need be) the SQLite file and brings its schema up to date. */
export async function openSqlite(file: string): Promise<Kysely<Database>> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const connection = new SQLite(file);
  // WAL with synchronous=NORMAL keeps every committed save through a killed process; busy_timeout lets a
  // second process (the CLI) wait for the server's write instead of failing.
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = NORMAL');
  connection.pragma('busy_timeout = 5000');
  return migrate(new Kysely<Database>({ dialect: new SqliteDialect({ database: connection }) }));
}
