import type { Kysely } from 'kysely';
import type { Database } from '../db/tables';

export const AUDIT_KINDS = {
  'sign-in': '登录',
  'sign-in-failed': '登录失败',
  submit: '报送',
  return: '退回修改',
  accept: '通过',
  publish: '已公开',
  secrecy: '确认保密审查',
} as const;
export type TAuditKind = keyof typeof AUDIT_KINDS;

export type TAuditEvent = { kind: TAuditKind; userId?: string | null; login?: string | null; reportId?: string | null; detail?: string | null };

/** Appends one event and returns its id. Entries stay as written, except a sign-in attempt's, which is
 * logged before its password is checked and given its outcome after (lib/auth/sign-in-throttle). */
export async function recordEvent(db: Kysely<Database>, event: TAuditEvent, at: Date = new Date()): Promise<string> {
  const id = globalThis.crypto.randomUUID();
  await db
    .insertInto('audit_events')
    .values({
      id,
      at: at.toISOString(),
      kind: event.kind,
      user_id: event.userId ?? null,
      login: event.login?.slice(0, 100) ?? null,
      report_id: event.reportId ?? null,
      detail: event.detail ?? null,
    })
    .execute();
  return id;
}
