import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/tables';
import type { TUserActor } from './actor';

/** A signed-in person's units and roles, read with their session (lib/auth/current-actor): a change the
 * administrator makes applies within seconds, not at the next sign-in. */
export async function loadActor(db: Kysely<Database>, user: { id: string; name: string; username?: string | null }): Promise<TUserActor> {
  // One round trip, as every request asks: the units as ('unit', id) and the roles as ('role', name).
  const rows = await db
    .selectFrom('unit_clerks')
    .select([sql<string>`'unit'`.as('kind'), 'unit_id as value'])
    .where('user_id', '=', user.id)
    .unionAll(db.selectFrom('user_roles').select([sql<string>`'role'`.as('kind'), 'role as value']).where('user_id', '=', user.id))
    .execute();
  const has = (role: string) => rows.some((r) => r.kind === 'role' && r.value === role);
  const clerkOf = rows.flatMap((r) => (r.kind === 'unit' ? [r.value] : []));
  return { kind: 'user', userId: user.id, name: user.name, login: user.username ?? '', clerkOf, reviewer: has('reviewer'), admin: has('admin') };
}
