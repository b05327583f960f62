import type { Kysely } from 'kysely';
import type { Database } from '../db/tables';
import type { TUserActor } from './actor';

/** A signed-in person's units and roles, read afresh on each request: a change the administrator makes
 * applies at the next click, not at the next sign-in. */
export async function loadActor(db: Kysely<Database>, user: { id: string; name: string; username?: string | null }): Promise<TUserActor> {
  const [units, roles] = await Promise.all([
    db.selectFrom('unit_clerks').select('unit_id').where('user_id', '=', user.id).execute(),
    db.selectFrom('user_roles').select('role').where('user_id', '=', user.id).execute(),
  ]);
  const has = (role: string) => roles.some((r) => r.role === role);
  return { kind: 'user', userId: user.id, name: user.name, login: user.username ?? '', clerkOf: units.map((u) => u.unit_id), reviewer: has('reviewer'), admin: has('admin') };
}
