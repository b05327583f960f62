import 'server-only';
import { getDatabase } from '../db/get-database';
import type { TUserActor } from './actor';
import { getAuth } from './get-auth';
import { loadActor } from './load-actor';
import { remember, remembered, sessionKey } from './session-memo';

/** The signed-in person a request comes from, or null (no session, or an expired one). Looked up at most
 * once every SESSION_MEMO_MS per session in this process (lib/auth/session-memo). */
export async function currentActor(headers: Headers): Promise<TUserActor | null> {
  const key = sessionKey(headers.get('cookie'));
  if (!key) return null;
  const known = remembered(key);
  if (known !== undefined) return known;
  const session = await (await getAuth()).api.getSession({ headers });
  const actor = session ? await loadActor(await getDatabase(), session.user) : null;
  remember(key, actor);
  return actor;
}
