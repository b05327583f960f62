import 'server-only';
import { AccountsError } from '../accounts/accounts-error';
import { isDatabaseUnavailable, ReadOnlyReportError, UnreadableReportError } from '../db/errors';
import { ImportError } from '../import/import-error';
import { InvalidReportError } from '../report/read-report';
import { BoundedTaskError } from '../workers/bounded';
import { CROSS_SITE_MESSAGE, isCrossSite } from './cross-site';
import { jsonError } from './json-response';

export const DATABASE_UNAVAILABLE = '数据库暂时无法连接，请稍后再试。您的修改仍保存在浏览器中。';

/** The answer to an error every route can meet, or null for one that is a bug (left to Next's 500). */
export function errorResponse(error: unknown): Response | null {
  if (error instanceof InvalidReportError) return jsonError(422, error.message, error.fieldErrors);
  if (error instanceof ReadOnlyReportError) return jsonError(403, error.message);
  if (error instanceof AccountsError) return jsonError(error.status, error.message);
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

/** Wraps a route handler, in one place rather than in each route: a state-changing request from a page
 * of another site is refused before the handler sees it (403), a database that is away answers 503 (the
 * browser keeps the edits and retries), a report that would not read back 422, a stored row that cannot
 * be read a Chinese 500, and an import or a worker task that failed its own status and message. (Not in
 * a Next proxy: a proxy buffers every request body in memory, and cuts it at its own limit.) */
export function apiRoute<TRest extends unknown[]>(
  handler: (request: Request, ...rest: TRest) => Promise<Response>,
): (request: Request, ...rest: TRest) => Promise<Response> {
  return async (request, ...rest) => {
    if (isCrossSite(request.method, request.headers)) return jsonError(403, CROSS_SITE_MESSAGE);
    try {
      return await handler(request, ...rest);
    } catch (error) {
      const response = errorResponse(error);
      if (response) return response;
      throw error;
    }
  };
}
