import type { TUserActor } from './actor';

/** How long a session's person is remembered in this process. Autosave asks several times a second across
 * a county; better-auth's session check costs more than the save itself, so a burst asks it once. */
export const SESSION_MEMO_MS = 2_000;
const MOST = 2_000;

type TEntry = { actor: TUserActor | null; until: number };
const store = globalThis as typeof globalThis & { nianbaoSessions?: Map<string, TEntry> };
const memo = (store.nianbaoSessions ??= new Map<string, TEntry>());

/** The session cookie's value in a request's Cookie header (the secure-prefixed name behind https too). */
export function sessionKey(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const at = part.indexOf('=');
    const name = part.slice(0, at).trim();
    if (name === 'nianbao.session_token' || name === '__Secure-nianbao.session_token') return part.slice(at + 1).trim() || null;
  }
  return null;
}

/** The person behind `key` as last looked up, while fresh; undefined when it must be looked up. */
export function remembered(key: string, now = Date.now()): TUserActor | null | undefined {
  const entry = memo.get(key);
  if (!entry) return undefined;
  if (entry.until > now) return entry.actor;
  memo.delete(key);
  return undefined;
}

export function remember(key: string, actor: TUserActor | null, now = Date.now()): void {
  // Oldest first: a full memo drops what was looked up longest ago.
  if (memo.size >= MOST) memo.delete(memo.keys().next().value!);
  memo.set(key, { actor, until: now + SESSION_MEMO_MS });
}

/** After a sign-out or a password reset here, the next request looks every session up again at once. */
export function forgetSessions(): void {
  memo.clear();
}
