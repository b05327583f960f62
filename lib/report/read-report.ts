import { fieldErrorsOf, type TFieldError } from '../http/field-errors';
import { isNamedError } from '../named-error';
import type { TReport } from './schema';
import { wasValidated, ZStoredReport } from './upgrade';

export type TReadResult = { ok: true; report: TReport } | { ok: false; message: string };

/** A stored report's JSON text, upgraded and validated; or, in Chinese, why it cannot be read. */
export function readReportJson(data: string): TReadResult {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return { ok: false, message: '保存的数据不是有效的 JSON' };
  }
  const parsed = ZStoredReport.safeParse(json);
  if (parsed.success) return { ok: true, report: parsed.data };
  const errors = fieldErrorsOf(parsed.error);
  return { ok: false, message: errors.map((e) => (e.path ? `${e.path}：${e.message}` : e.message)).slice(0, 3).join('；') };
}

/** A report that would not read back: refused before it is written, with the field messages a route answers 422 with. */
export class InvalidReportError extends Error {
  constructor(readonly fieldErrors: TFieldError[]) {
    super(`报告内容有 ${fieldErrors.length} 处问题，未保存：${fieldErrors[0]?.message ?? ''}`);
    this.name = 'InvalidReportError';
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return isNamedError(value, 'InvalidReportError');
  }
}

/** The report as it will read back, or InvalidReportError: what is written is what the schema accepts.
 * A report object that ZStoredReport produced (the route's parse of the request) is not parsed again;
 * code that changes a report builds a new object (spread), which is. */
export function checkedReport(report: unknown): TReport {
  if (wasValidated(report)) return report as TReport;
  const parsed = ZStoredReport.safeParse(report);
  if (!parsed.success) throw new InvalidReportError(fieldErrorsOf(parsed.error));
  return parsed.data;
}
