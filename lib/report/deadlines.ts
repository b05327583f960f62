import type { TTemplate } from '../template/schema';

export type TDeadline = { label: string; date: string; daysLeft: number };

const DAY_MS = 86_400_000;

function isoDay(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Calendar days from today to the date (negative once it has passed), counted on dates, not hours. */
export function daysBetween(todayIso: string, dateIso: string): number {
  return Math.round((Date.parse(`${dateIso}T00:00:00Z`) - Date.parse(`${todayIso}T00:00:00Z`)) / DAY_MS);
}

/** 报送 and 公开 deadlines of a report on `year`: in the following year, on the template's dates. */
export function deadlinesFor(year: number, template: TTemplate, todayIso: string): TDeadline[] {
  const { report, publish } = template.deadlines;
  return [
    { label: '报送', date: isoDay(year + 1, report.month, report.day) },
    { label: '公开', date: isoDay(year + 1, publish.month, publish.day) },
  ].map((d) => ({ ...d, daysLeft: daysBetween(todayIso, d.date) }));
}

/** 2026-03-04 → 2026年3月4日: Arabic numerals with no leading zeros, as GB/T 9704 writes 成文日期. */
export function formatChineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : '';
}

/** Today's date where the clerk is: reports are written in China, whatever the server's clock zone. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
