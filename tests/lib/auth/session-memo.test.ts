import { afterEach, describe, expect, it } from 'vitest';
import type { TUserActor } from '@/lib/auth/actor';
import { forgetSessions, remember, remembered, SESSION_MEMO_MS, sessionKey } from '@/lib/auth/session-memo';

const CLERK: TUserActor = { kind: 'user', userId: 'u1', name: '张三', login: 'zhangsan', clerkOf: ['unit-a'], reviewer: false, admin: false };

describe('remembering who a session is, briefly', () => {
  afterEach(() => forgetSessions());

  it('finds the session cookie among others, under its plain and its https name, and nothing else', () => {
    expect(sessionKey('theme=dark; nianbao.session_token=abc.def; other=1')).toBe('abc.def');
    expect(sessionKey('__Secure-nianbao.session_token=xyz.sig')).toBe('xyz.sig');
    expect(sessionKey('nianbao.session_data=abc; evil.nianbao.session_token=x')).toBeNull();
    expect(sessionKey('nianbao.session_token=')).toBeNull();
    expect(sessionKey(null)).toBeNull();
  });

  it('answers from memory only while fresh, and forgets everything after a sign-out or a password reset', () => {
    remember('t1', CLERK, 1_000);
    remember('t2', null, 1_000);
    expect(remembered('t1', 1_000 + SESSION_MEMO_MS - 1)).toEqual(CLERK);
    expect(remembered('t2', 1_000 + SESSION_MEMO_MS - 1)).toBeNull();
    expect(remembered('t1', 1_000 + SESSION_MEMO_MS)).toBeUndefined();
    remember('t1', CLERK, 5_000);
    forgetSessions();
    expect(remembered('t1', 5_001)).toBeUndefined();
  });

  it('holds a bounded number of sessions, letting the oldest go', () => {
    for (let i = 0; i < 2_500; i++) remember(`t${i}`, null, 1_000);
    expect(remembered('t0', 1_001)).toBeUndefined();
    expect(remembered('t2499', 1_001)).toBeNull();
  });
});
