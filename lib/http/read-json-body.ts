import type { z } from 'zod';
import { LIMITS } from '../report/limits';
import { fieldErrorsOf, type TFieldError } from './field-errors';
import { readLimitedBody } from './read-limited-body';

export type TBodyResult<T> = { ok: true; data: T } | { ok: false; status: 400 | 413 | 415 | 422; message: string; fieldErrors?: TFieldError[] };

const TOO_LARGE = `提交的内容超过 ${LIMITS.requestBytes / 1_048_576} MB，未保存。请删去过长的内容后重试。`;

const NOT_JSON = '提交的数据须为 JSON（Content-Type: application/json），未保存。';

/** Whether the body is declared JSON: a page of another site can send a form or text/plain without the
 * browser asking first, but not application/json. */
const declaredJson = (request: Request) => /^application\/json\s*(;|$)/i.test(request.headers.get('content-type') ?? '');

/** Declared type (415), size check (413), JSON parse (400), then the zod schema (422 with field
 * messages): nothing is written by a route until all four pass. */
export async function readJsonBody<T>(request: Request, schema: z.ZodType<T>, limit: number = LIMITS.requestBytes): Promise<TBodyResult<T>> {
  if (!declaredJson(request)) return { ok: false, status: 415, message: NOT_JSON };
  const bytes = await readLimitedBody(request, limit);
  if (bytes === null) return { ok: false, status: 413, message: limit === LIMITS.requestBytes ? TOO_LARGE : `提交的内容超过 ${Math.round(limit / 1_048_576)} MB，未保存。` };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: false }).decode(bytes));
  } catch {
    return { ok: false, status: 400, message: '提交的数据不是有效的 JSON，未保存。' };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    return { ok: false, status: 422, message: `提交的内容有 ${fieldErrors.length} 处问题，未保存：${fieldErrors[0]?.message ?? ''}`, fieldErrors };
  }
  return { ok: true, data: parsed.data };
}
