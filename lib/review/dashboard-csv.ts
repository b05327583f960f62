import type { TDashboardRow } from './review-repository';
import { DASHBOARD_COLUMNS, exportCells } from './dashboard-view';

/** A cell Excel or WPS would run as a formula (=, +, -, @, or a tab or return first) is written as text. */
const neutral = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

const cell = (value: string | number | Date | null): string => {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = value instanceof Date ? value.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : neutral(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** A table as CSV: UTF-8 with a byte-order mark, which Excel and WPS need to read Chinese, and CRLF lines. */
export function csvOf(header: readonly string[], rows: Array<Array<string | number | Date | null>>): string {
  const lines = [header.map(cell).join(','), ...rows.map((r) => r.map(cell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function dashboardCsv(rows: TDashboardRow[]): string {
  return csvOf(DASHBOARD_COLUMNS, rows.map(exportCells));
}
