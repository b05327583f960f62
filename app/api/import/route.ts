import { ImportError } from '@/lib/import/import-error';
import { IMPORT_LIMITS } from '@/lib/import/limits';
import { proposeImport } from '@/lib/import/propose-import';
import { readSource } from '@/lib/import/read-source';
import { ZImportRequest } from '@/lib/import/requests';
import { readJsonBody } from '@/lib/http/read-json-body';
import { jsonError } from '@/lib/http/json-response';
import { getTemplate } from '@/lib/template/get-template';

const TOO_LARGE = `文件超过 ${IMPORT_LIMITS.uploadBytes / 1_048_576} MB，不像是一份年度报告。请只上传报告本身。`;

async function uploadedBytes(request: Request): Promise<Uint8Array | Response> {
  if (Number(request.headers.get('content-length') ?? '0') > IMPORT_LIMITS.uploadBytes + 65_536) return jsonError(413, TOO_LARGE);
  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get('file');
  } catch {
    return jsonError(400, '上传的内容无法读取，请重新选择文件。');
  }
  if (!(file instanceof File)) return jsonError(400, '请选择要上传的文件。');
  if (file.size > IMPORT_LIMITS.uploadBytes) return jsonError(413, TOO_LARGE);
  return new Uint8Array(await file.arrayBuffer());
}

/** Reads last year's report (an uploaded file, pasted text, or a re-read keeping some dropped lines) and
 * proposes its structure and part assignments. Nothing is stored until the clerk confirms. */
export async function POST(request: Request): Promise<Response> {
  const template = getTemplate();
  try {
    if ((request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
      const bytes = await uploadedBytes(request);
      if (bytes instanceof Response) return bytes;
      return Response.json(proposeImport(await readSource(bytes), template));
    }
    const body = await readJsonBody(request, ZImportRequest);
    if (!body.ok) return jsonError(body.status, body.message, body.fieldErrors);
    if ('text' in body.data) return Response.json(proposeImport(body.data.text.split(/\r\n?|\n/).map((text) => ({ text })), template));
    return Response.json(proposeImport(body.data.lines, template, new Set(body.data.keep)));
  } catch (error) {
    if (error instanceof ImportError) return jsonError(error.status, error.message);
    throw error;
  }
}
