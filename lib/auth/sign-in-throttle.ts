import type { Kysely } from 'kysely';
import { recordEvent } from '../audit/audit-log';
import type { Database } from '../db/tables';

/** Wrong passwords for one login name before it waits, and the window they are counted in. */
export const LOGIN_THROTTLE = { failures: 5, windowMs: 15 * 60_000 };

/** The detail of an attempt whose password has not been checked yet, and of one the throttle refused
 * (logged, never counted as a guess). */
const PENDING = 'pending';
const THROTTLED = 'throttled';

/** Logins are compared as better-auth's username plugin stores them. */
export const loginKey = (login: string): string => login.trim().toLowerCase();

export type TAttempt = {
  /** Seconds before this login may try again; 0: check the password. */
  wait: number;
  /** The outcome, written onto the attempt's entry in the audit log. */
  settle: (outcome: { signedIn: string } | { refused: string } | 'throttled') => Promise<void>;
};

/**
 * A sign-in attempt for `login`, logged before anything is checked, so guesses sent all at once are
 * counted against each other. It must wait once the login has failed LOGIN_THROTTLE.failures times since
 * its last success within the window: whatever address the guesses come from (X-Forwarded-For can be
 * forged), and alike for names that exist and names that do not.
 */
export async function beginSignIn(db: Kysely<Database>, login: string, now: Date): Promise<TAttempt> {
  const key = loginKey(login);
  const id = await recordEvent(db, { kind: 'sign-in-failed', login: key, detail: PENDING }, now);
  const since = new Date(now.getTime() - LOGIN_THROTTLE.windowMs).toISOString();
  const recent = await db
    .selectFrom('audit_events')
    .select(['id', 'at', 'kind'])
    .where('login', '=', key)
    .where('at', '>', since)
    .where('id', '<>', id)
    .where((eb) => eb.or([eb('kind', '=', 'sign-in'), eb.and([eb('kind', '=', 'sign-in-failed'), eb('detail', '<>', THROTTLED)])]))
    .orderBy('at', 'desc')
    .limit(LOGIN_THROTTLE.failures)
    .execute();
  const failures = recent.filter((e) => e.kind === 'sign-in-failed');
  const wait =
    failures.length < LOGIN_THROTTLE.failures ? 0 : Math.max(1, Math.ceil((Date.parse(failures.at(-1)!.at) + LOGIN_THROTTLE.windowMs - now.getTime()) / 1000));
  return {
    wait,
    settle: async (outcome) => {
      const values =
        outcome === 'throttled'
          ? { detail: THROTTLED }
          : 'signedIn' in outcome
            ? { kind: 'sign-in', user_id: outcome.signedIn, detail: null }
            : { detail: outcome.refused };
      await db.updateTable('audit_events').set(values).where('id', '=', id).execute();
    },
  };
}
