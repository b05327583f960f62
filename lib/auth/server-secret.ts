import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/tables';

const KEY = 'auth_secret';

/** The secret sessions are signed with: made on first start and kept in the database, so an embedded
 * SQLite install needs no set-up and every process of a county server signs alike. */
export async function serverSecret(db: Kysely<Database>): Promise<string> {
  // Two processes starting at once both try; the first insert wins and both read it back.
  await db
    .insertInto('app_settings')
    .values({ key: KEY, value: randomBytes(32).toString('base64') })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('app_settings').select('value').where('key', '=', KEY).executeTakeFirstOrThrow();
  return row.value;
}
