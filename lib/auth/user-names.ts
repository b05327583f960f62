import type { Kysely } from 'kysely';
import type { Database } from '../db/tables';

/** The names of accounts by id, for logs and history: a lookup that says so for an account since deleted
 * and gives '' for no one (before accounts, or the operator on the server). */
export async function userNames(db: Kysely<Database>, ids: Array<string | null>): Promise<(id: string | null) => string> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const rows = wanted.length > 0 ? await db.selectFrom('auth_users').select(['id', 'name']).where('id', 'in', wanted).execute() : [];
  const byId = new Map(rows.map((r) => [r.id, r.name]));
  return (id) => (id === null ? '' : (byId.get(id) ?? '（已删除的账号）'));
}
