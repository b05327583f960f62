import { describe, expect, it } from 'vitest';
import { beginSignIn, LOGIN_THROTTLE } from '@/lib/auth/sign-in-throttle';
import { BACKENDS } from '../../support/backends';

const at = (minutes: number) => new Date(Date.UTC(2026, 1, 10, 9, 0, 0) + minutes * 60_000);

/** `count` wrong passwords for `login`, one a minute from minute `from`. */
async function wrong(db: Parameters<typeof beginSignIn>[0], login: string, count: number, from = 0) {
  for (let i = 0; i < count; i++) {
    const attempt = await beginSignIn(db, login, at(from + i));
    expect(attempt.wait).toBe(0);
    await attempt.settle({ refused: '401' });
  }
}

describe.each(BACKENDS)('the per-login sign-in throttle, on $name', (backend) => {
  it.skipIf(!backend.available)('makes a login wait after five wrong passwords, until the window has passed, whether or not the name exists', async () => {
    const db = await backend.fresh().open();
    try {
      for (const login of ['zhangsan', 'no-such-person']) {
        await wrong(db, login, LOGIN_THROTTLE.failures);
        const sixth = await beginSignIn(db, login, at(5));
        // The first of the five was at minute 0: 15 minutes after it, at minute 15, the login may try again.
        expect(sixth.wait).toBe(10 * 60);
        await sixth.settle('throttled');
        // Attempts refused while waiting are not guesses: they do not lengthen the wait.
        const during = await beginSignIn(db, login, at(14));
        expect(during.wait).toBe(60);
        await during.settle('throttled');
        expect((await beginSignIn(db, login, at(15.1))).wait).toBe(0);
      }
    } finally {
      await db.destroy();
    }
  });

  it.skipIf(!backend.available)('counts only failures since the last success, and logins alike in any case', async () => {
    const db = await backend.fresh().open();
    try {
      await wrong(db, 'ZhangSan', 4);
      const right = await beginSignIn(db, 'zhangsan', at(4));
      expect(right.wait).toBe(0);
      await right.settle({ signedIn: 'user-1' });
      await wrong(db, 'zhangsan ', 4, 5);
      expect((await beginSignIn(db, 'ZHANGSAN', at(9))).wait).toBe(0);
      const events = await db.selectFrom('audit_events').select(['kind', 'login', 'user_id']).where('kind', '=', 'sign-in').execute();
      expect(events).toEqual([{ kind: 'sign-in', login: 'zhangsan', user_id: 'user-1' }]);
    } finally {
      await db.destroy();
    }
  });

  it.skipIf(!backend.available)('lets through no more guesses than the limit when they all arrive at once', async () => {
    const db = await backend.fresh().open();
    try {
      const attempts = await Promise.all(Array.from({ length: 12 }, () => beginSignIn(db, 'lisi', at(0))));
      // Each attempt is logged before it looks, so the ones that arrive together see each other.
      expect(attempts.filter((a) => a.wait === 0).length).toBeLessThanOrEqual(LOGIN_THROTTLE.failures);
    } finally {
      await db.destroy();
    }
  });
});
