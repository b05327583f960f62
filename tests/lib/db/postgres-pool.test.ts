import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '@/lib/db/errors';
import type { Database } from '@/lib/db/tables';
import { BACKENDS } from '../../support/backends';

const postgres = BACKENDS.find((b) => b.name === 'PostgreSQL')!;
const open: Array<Kysely<Database>> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.destroy()));
});

/** A query text of its own, to find this pool's connection among the other tests' in pg_stat_activity. */
const newMarker = () => `probe_${Math.random().toString(36).slice(2)}`;

/** Ends, from the server's side, the one connection whose current or last query carries `marker`, once it
 * is in `state`: as a restart or a network failure would. */
async function endConnection(marker: string, state: 'idle' | 'active'): Promise<void> {
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  try {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const ended = await admin.query("select pg_terminate_backend(pid) from pg_stat_activity where state = $2 and query like '%' || $1 || '%' and pid <> pg_backend_pid()", [marker, state]);
      if (ended.rowCount === 1) return;
    }
    throw new Error(`no ${state} connection ran ${marker}`);
  } finally {
    await admin.end();
  }
}

/** The pool answers again within a deadline: it has dropped the dead client and opened a new one. */
async function answersAgain(db: Kysely<Database>): Promise<unknown[]> {
  const deadline = Date.now() + 10_000;
  let rows: unknown[] = [];
  while (Date.now() < deadline && rows.length === 0) rows = await sql`select 1 as one`.execute(db).then((r) => r.rows, () => []);
  return rows;
}

// Without the pool's and the clients' error handlers, the errors below would be uncaught and fail this run.
describe.skipIf(!postgres.available)('the PostgreSQL connection pool', () => {
  it('outlives the server ending an idle connection, and reconnects at the next query', async () => {
    const db = await postgres.fresh().open();
    open.push(db);
    const marker = newMarker();
    await sql`select ${sql.lit(marker)} as probe`.execute(db);
    await endConnection(marker, 'idle');
    expect(await answersAgain(db)).toEqual([{ one: 1 }]);
  });

  it('outlives the server ending a connection in the middle of a query, which fails as unavailable', async () => {
    const db = await postgres.fresh().open();
    open.push(db);
    const marker = newMarker();
    const running = sql`select pg_sleep(10), ${sql.lit(marker)} as probe`.execute(db).then(
      () => 'finished',
      (error: unknown) => error,
    );
    await endConnection(marker, 'active');
    expect(isDatabaseUnavailable(await running)).toBe(true);
    expect(await answersAgain(db)).toEqual([{ one: 1 }]);
  });
});
