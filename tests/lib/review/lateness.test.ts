import { describe, expect, it } from 'vitest';
import { lateness, latenessRank } from '@/lib/review/lateness';

describe('lateness against the 报送 deadline', () => {
  it('counts days left while not reported, days late once past, and when a report came', () => {
    expect(lateness('missing', null, '2026-03-01', '2026-02-20')).toEqual({ kind: 'left', days: 9 });
    expect(lateness('draft', null, '2026-03-01', '2026-03-01')).toEqual({ kind: 'left', days: 0 });
    expect(lateness('returned', '2026-02-27T02:00:00Z', '2026-03-01', '2026-03-03')).toEqual({ kind: 'late', days: 2 });
    expect(lateness('submitted', '2026-02-27T02:00:00Z', '2026-03-01', '2026-03-20')).toEqual({ kind: 'on-time' });
    expect(lateness('accepted', '2026-03-04T02:00:00Z', '2026-03-01', '2026-03-20')).toEqual({ kind: 'late', days: 3 });
  });

  it('sorts the latest first, then the fewest days left, then those on time', () => {
    const ranks = [{ kind: 'on-time' } as const, { kind: 'left', days: 5 } as const, { kind: 'late', days: 9 } as const, { kind: 'late', days: 1 } as const].map(latenessRank);
    expect([...ranks].sort((a, b) => a - b)).toEqual([latenessRank({ kind: 'late', days: 9 }), latenessRank({ kind: 'late', days: 1 }), latenessRank({ kind: 'left', days: 5 }), latenessRank({ kind: 'on-time' })]);
  });
});
