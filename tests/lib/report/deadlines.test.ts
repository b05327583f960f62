import { describe, expect, it } from 'vitest';
import { daysBetween, deadlinesFor, formatChineseDate, todayInChina } from '@/lib/report/deadlines';
import { getTemplate } from '@/lib/template/get-template';

describe('deadlines and dates', () => {
  it('puts the deadlines of a 2025 report in 2026 and counts the days left', () => {
    expect(deadlinesFor(2025, getTemplate(), '2026-02-20')).toEqual([
      { label: '报送', date: '2026-03-01', daysLeft: 9 },
      { label: '公开', date: '2026-04-01', daysLeft: 40 },
    ]);
    expect(daysBetween('2026-03-02', '2026-03-01')).toBe(-1);
  });

  it('writes 成文日期 in Arabic numerals without leading zeros', () => {
    expect(formatChineseDate('2026-03-04')).toBe('2026年3月4日');
    expect(formatChineseDate('')).toBe('');
  });

  it("uses China's date, whatever the server's clock zone", () => {
    expect(todayInChina(new Date('2026-02-28T17:00:00Z'))).toBe('2026-03-01');
  });
});
