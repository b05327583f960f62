import type { z } from 'zod';
import { LIMITS } from '../report/limits';
import { fieldErrorsOf, type TFieldError } from './field-errors';

export type TBodyResult<T> = { ok: true; data: T } | { ok: false; status: 400 | 413 | 422; message: string; fieldErrors?: TFieldError[] };

const TOO_LARGE = `提交的内容超过 ${LIMITS.requestBytes / 1_048_576} MB，未保存。请删去过长的内容后重试。`;

/** Reads at most the size limit of a request body, so a huge body is refused without being held in memory. */
async function readLimited(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}

/** Size check (413), JSON parse (400), then the zod schema (422 with field messages): nothing is written
 * by a route until all three pass. */
export async function readJsonBody<T>(request: Request, schema: z.ZodType<T>, limit: number = LIMITS.requestBytes): Promise<TBodyResult<T>> {
  const text = await readLimited(request, limit);
  if (text === null) return { ok: false, status: 413, message: limit === LIMITS.requestBytes ? TOO_LARGE : `提交的内容超过 ${Math.round(limit / 1_048_576)} MB，未保存。` };
  let json: unknown;
  try {
    json = JSON.parse(text);
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
