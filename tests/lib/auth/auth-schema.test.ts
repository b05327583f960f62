import { getMigrations } from 'better-auth/db/migration';
import { describe, expect, it } from 'vitest';
import { createAuth } from '@/lib/auth/auth';
import { BACKENDS } from '../../support/backends';

describe.each(BACKENDS)('better-auth’s tables made by migration 0006, on $name', (backend) => {
  it.skipIf(!backend.available)('are exactly what better-auth itself would make: nothing to create or add', async () => {
    const db = await backend.fresh().open();
    try {
      const auth = createAuth(db, 'a-test-secret-of-thirty-two-chars!!', 'http://127.0.0.1');
      const { toBeCreated, toBeAdded } = await getMigrations(auth.options);
      expect(toBeCreated.map((t) => t.table)).toEqual([]);
      expect(toBeAdded.map((t) => `${t.table}: ${Object.keys(t.fields).join(', ')}`)).toEqual([]);
    } finally {
      await db.destroy();
    }
  });
});
