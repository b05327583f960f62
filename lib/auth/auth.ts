import 'server-only';
import { betterAuth } from 'better-auth';
import { username } from 'better-auth/plugins';
import type { Kysely } from 'kysely';
import { isPostgres } from '../db/dialect';
import type { Database } from '../db/tables';
import { LOGIN_LIMITS, PASSWORD_LIMITS } from './credentials';

/** Sign-ins per address a minute before the next waits (429). Generous, because a county's clerks may all
 * reach the server from one address; guessing one login's password is slowed per login
 * (lib/auth/sign-in-throttle), which no forged address escapes. */
export const SIGN_INS_PER_MINUTE = 30;

/** How long a sign-in lasts, and how often using the app extends it. */
const SESSION_DAYS = 14;

/** better-auth over Nianbao's own database connection and migrations (0006 makes its tables). Sign-up is
 * off: the administrator creates accounts (lib/accounts). Sessions live in the database, so a reset
 * password signs the person out everywhere at once. */
export function createAuth(db: Kysely<Database>, secret: string, baseURL: string | undefined, signInsPerMinute = SIGN_INS_PER_MINUTE) {
  return betterAuth({
    appName: '年报',
    secret,
    // Unset: the host each request came to (a county intranet reaches its server by whatever name or address it has).
    baseURL: baseURL ?? { allowedHosts: ['*'] },
    basePath: '/api/auth',
    database: { db, type: isPostgres(db) ? 'postgres' : 'sqlite' },
    user: { modelName: 'auth_users' },
    session: { modelName: 'auth_sessions', expiresIn: SESSION_DAYS * 86_400, updateAge: 86_400 },
    account: { modelName: 'auth_accounts' },
    verification: { modelName: 'auth_verifications' },
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: PASSWORD_LIMITS.min, maxPasswordLength: PASSWORD_LIMITS.max },
    plugins: [username({ minUsernameLength: LOGIN_LIMITS.min, maxUsernameLength: LOGIN_LIMITS.max })],
    rateLimit: { enabled: true, storage: 'memory', customRules: { '/sign-in/username': { window: 60, max: signInsPerMinute } } },
    advanced: {
      cookiePrefix: 'nianbao',
      // A session and its user in one query: every request reads them.
      database: { joins: true },
      useSecureCookies: baseURL?.startsWith('https:') ?? false,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
    telemetry: { enabled: false },
  });
}

export type TAuth = ReturnType<typeof createAuth>;
