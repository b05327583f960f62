import { sql, type Kysely } from 'kysely';
import { readsAll, writes, type TActor } from '../auth/actor';
import { readStatus, unitMayEdit } from '../review/status';
import type { Database } from './tables';

/** The reports `actor` may read, live or deleted: the one access rule every query on reports goes through. */
export function readableReports(on: Kysely<Database>, actor: TActor) {
  const all = on.selectFrom('reports').selectAll();
  if (readsAll(actor)) return all;
  const units = actor.kind === 'user' ? actor.clerkOf : [];
  return units.length > 0 ? all.where('unit_id', 'in', units) : all.where(sql<boolean>`1 = 0`);
}

/** Whether `actor` may change the text of a report of `unitId` standing at `status`: its unit's 填报人,
 * while it is the unit's to write (not once submitted, until the county returns it). */
export const editsText = (actor: TActor, unitId: string | null, status: string): boolean =>
  writes(actor, unitId) && (actor.kind === 'system' || unitMayEdit(readStatus(status)));
