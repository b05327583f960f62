import type { Kysely } from 'kysely';
import { openPostgres } from '@/lib/db/open-postgres';
import { openSqlite } from '@/lib/db/open-sqlite';
import type { Database } from '@/lib/db/tables';
import { tempDbPath } from './temp-db';

/** A fresh, empty database of one kind, and a way to open it again as a second connection would. */
export type TBackend = { name: string; available: boolean; fresh: () => { open: () => Promise<Kysely<Database>> } };

const postgresUrl = process.env.TEST_DATABASE_URL;
if (!postgresUrl) console.warn('TEST_DATABASE_URL is not set: the repository suite runs on SQLite only here. .ci/run starts PostgreSQL and sets it.');

export const BACKENDS: TBackend[] = [
  {
    name: 'SQLite',
    available: true,
    fresh: () => {
      const file = tempDbPath();
      return { open: () => openSqlite(file) };
    },
  },
  {
    name: 'PostgreSQL',
    available: postgresUrl !== undefined,
    fresh: () => {
      // A schema of its own per test: the same migrations, no state shared between tests.
      const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
      return { open: () => openPostgres(postgresUrl!, schema) };
    },
  },
];
