import 'server-only';
import { isDatabaseUnavailable, UnreadableReportError } from '../db/errors';
import { ImportError } from '../import/import-error';
import { InvalidReportError } from '../report/read-report';
import { BoundedTaskError } from '../workers/bounded';
import { jsonError } from './json-response';

export const DATABASE_UNAVAILABLE = '数据库暂时无法连接，请稍后再试。您的修改仍保存在浏览器中。';

/** The answer to an error every route can meet, or null for one that is a bug (left to Next's 500). */
export function errorResponse(error: unknown): Response | null {
  if (error instanceof InvalidReportError) return jsonError(422, error.message, error.fieldErrors);
  // A file that cannot be read, or a task stopped at its limits (or refused while the workers are busy).
  if (error instanceof ImportError || error instanceof BoundedTaskError) return jsonError(error.status, error.message);
  if (error instanceof UnreadableReportError) {
    return jsonError(500, `${error.message}。可以在“我的报告”中下载它的原始数据（/api/reports/${error.id}/raw）交给技术人员。`);
  }
  if (isDatabaseUnavailable(error)) {
    console.error('database unavailable:', error instanceof Error ? error.message : error);
    const response = jsonError(503, DATABASE_UNAVAILABLE);
    response.headers.set('Retry-After', '5');
    return response;
  }
  return null;
}

/** Wraps a route handler so a database that is away answers 503 (the browser keeps the edits and retries),
 * a report that would not read back 422, a stored row that cannot be read a Chinese 500, and an import or
 * a worker task that failed its own status and message: in one place, not in each route. */
export function apiRoute<TArgs extends unknown[]>(handler: (...args: TArgs) => Promise<Response>): (...args: TArgs) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      const response = errorResponse(error);
      if (response) return response;
      throw error;
    }
  };
}
