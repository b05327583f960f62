import { IMPORT_LIMITS } from '@/lib/import/limits';
import { ZImportRequest } from '@/lib/import/requests';
import { readJsonBody } from '@/lib/http/read-json-body';
import { readLimitedBody } from '@/lib/http/read-limited-body';
import { jsonError } from '@/lib/http/json-response';
import { importBounded } from '@/lib/workers/bounded';
import { signedInRoute } from '@/lib/http/signed-in-route';
import type { TImportInput } from '@/lib/workers/tasks';

const TOO_LARGE = `文件超过 ${IMPORT_LIMITS.uploadBytes / 1_048_576} MB，不像是一份年度报告。请只上传报告本身。`;
// What multipart adds around the file: boundaries, headers, the file name.
const FORM_OVERHEAD = 65_536;

async function uploadedFile(request: Request, contentType: string): Promise<TImportInput | Response> {
  const body = await readLimitedBody(request, IMPORT_LIMITS.uploadBytes + FORM_OVERHEAD);
  if (body === null) return jsonError(413, TOO_LARGE);
  let file: FormDataEntryValue | null;
  try {
    file = (await new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'content-type': contentType } }).formData()).get('file');
  } catch {
    return jsonError(400, '上传的内容无法读取，请重新选择文件。');
  }
  if (!(file instanceof File)) return jsonError(400, '请选择要上传的文件。');
  if (file.size > IMPORT_LIMITS.uploadBytes) return jsonError(413, TOO_LARGE);
  return { bytes: new Uint8Array(await file.arrayBuffer()) };
}

async function importInput(request: Request): Promise<TImportInput | Response> {
  const contentType = request.headers.get('content-type') ?? '';
  if (contentType.startsWith('multipart/form-data')) return uploadedFile(request, contentType);
  const body = await readJsonBody(request, ZImportRequest);
  return body.ok ? body.data : jsonError(body.status, body.message, body.fieldErrors);
}

/** Reads last year's report (an uploaded file, pasted text, or a re-read keeping some dropped lines) and
 * proposes its structure and part assignments, in a worker with a time and memory limit. Nothing is
 * stored until the clerk confirms. Signed in only: an anonymous visitor gets no parsing work done here. */
export const POST = signedInRoute(async (request: Request): Promise<Response> => {
  const input = await importInput(request);
  if (input instanceof Response) return input;
  return Response.json(await importBounded(input));
});
