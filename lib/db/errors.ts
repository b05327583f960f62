import { isNamedError } from '../named-error';

/** A stored row that no longer parses as a report: named with its id, so the clerk can be offered its raw JSON. */
export class UnreadableReportError extends Error {
  constructor(
    readonly id: string,
    readonly reason: string,
  ) {
    super(`这份报告保存的数据无法读取：${reason}`);
    this.name = 'UnreadableReportError';
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return isNamedError(value, 'UnreadableReportError');
  }
}

// Connection refused/reset/timed out, DNS, and PostgreSQL's own: 08 connection exceptions, 57P01–57P03
// (the server shutting down or starting up), 57014 (statement_timeout), 53300 (too many connections).
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03', '57014', '53300', 'SQLITE_BUSY']);
const UNAVAILABLE_MESSAGES = /Connection terminated|connection timeout|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|Cannot use a pool after calling end|database is locked/i;

/** Whether an error means the database cannot be reached just now (and a retry later may succeed),
 * rather than that the request or the code is wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (typeof e !== 'object') return false;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
    if (e instanceof AggregateError && e.errors.some(isDatabaseUnavailable)) return true;
    if (e instanceof Error && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  }
  return false;
}

/** A unique key broken by a concurrent insert (PostgreSQL 23505, SQLite's constraint error). */
export function isUniqueViolation(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** A report the signed-in person may read but not change (a reviewer, or a report another unit holds). */
export class ReadOnlyReportError extends Error {
  constructor(message = '您可以阅读这份报告，但不能修改它：只有本单位的填报人可以修改。') {
    super(message);
    this.name = 'ReadOnlyReportError';
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return isNamedError(value, 'ReadOnlyReportError');
  }
}
