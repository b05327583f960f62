import 'server-only';
import { getDatabase } from '../db/get-database';
import type { TUserActor } from './actor';
import { getAuth } from './get-auth';
import { loadActor } from './load-actor';

/** The signed-in person a request comes from, or null (no session, or an expired one). */
export async function currentActor(headers: Headers): Promise<TUserActor | null> {
  const session = await (await getAuth()).api.getSession({ headers });
  return session ? loadActor(await getDatabase(), session.user) : null;
}
