import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely } from 'kysely';
import { migrate } from './migrate';
import { sqliteDialect } from './sqlite-dialect';
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
  // Off by default in SQLite: report_sources and report_versions name reports.id, and PostgreSQL already
  // holds them to it. The code only ever deletes a report's rows children first (restoreAll --replace).
  connection.pragma('foreign_keys = ON');
  return migrate(new Kysely<Database>({ dialect: sqliteDialect(connection) }));
}
