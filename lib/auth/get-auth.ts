import 'server-only';
import { getDatabase } from '../db/get-database';
import { env } from '../env';
import { createAuth, type TAuth } from './auth';
import { serverSecret } from './server-secret';

const cache = globalThis as typeof globalThis & { nianbaoAuth?: Promise<TAuth> };

/** The server's one better-auth instance, over the app's database. */
export function getAuth(): Promise<TAuth> {
  cache.nianbaoAuth ??= getDatabase()
    .then(async (db) => createAuth(db, await serverSecret(db), env.NIANBAO_URL, env.NIANBAO_SIGN_IN_PER_MINUTE))
    .catch((error: unknown) => {
      cache.nianbaoAuth = undefined;
      throw error;
    });
  return cache.nianbaoAuth;
}
