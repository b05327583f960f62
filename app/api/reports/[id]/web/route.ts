import { z } from 'zod';
import type { TUserActor } from '@/lib/auth/actor';
import { finalBlockers } from '@/lib/checks/final-blockers';
import { getRepository } from '@/lib/db/get-repository';
import { contentDisposition, docxFileName } from '@/lib/docx/file-name';
import { checksOfStored, renderStored } from '@/lib/http/stored-results';
import { jsonError } from '@/lib/http/json-response';
import { readJsonBody } from '@/lib/http/read-json-body';
import { signedInRoute } from '@/lib/http/signed-in-route';
import { publishScan } from '@/lib/publish/publish-scan';
import { webHtml, webLines, webText } from '@/lib/publish/web-version';
import { webReadiness } from '@/lib/publish/web-readiness';
import { getReview } from '@/lib/review/get-review';
import { getTemplate } from '@/lib/template/get-template';
import { BoundedTaskError } from '@/lib/workers/bounded';

type TContext = { params: Promise<{ id: string }> };

const ZConfirm = z.object({ version: z.number({ error: '缺少报告版本' }).int().positive() });

const TYPES = {
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** 确认保密审查 of the version shown: recorded (who, when) before the web version can be had. */
export const POST = signedInRoute(async (request: Request, actor: TUserActor, { params }: TContext): Promise<Response> => {
  const { id } = await params;
  const body = await readJsonBody(request, ZConfirm);
  if (!body.ok) return jsonError(body.status, body.message, body.fieldErrors);
  const outcome = await (await getReview(actor)).confirmSecrecy(id, body.data.version);
  return outcome.ok ? Response.json({ version: outcome.version }) : jsonError(outcome.status, outcome.message);
});

/** The web version (?format=html|txt|docx) of the current version, once it is ready and its 保密审查 is on
 * record: 409 with the reason otherwise. */
export const GET = signedInRoute(async (request: Request, actor: TUserActor, { params }: TContext): Promise<Response> => {
  const { id } = await params;
  const format = new URL(request.url).searchParams.get('format') ?? 'html';
  if (format !== 'html' && format !== 'txt' && format !== 'docx') return jsonError(400, '格式只能是 html、txt 或 docx。');
  const stored = await (await getRepository(actor)).get(id);
  if (!stored) return jsonError(404, '找不到这份报告，它可能已被删除。');
  const template = getTemplate(stored.report.template);
  const readiness = webReadiness(stored.status, finalBlockers(await checksOfStored(stored)), publishScan(stored.report, template));
  if (!readiness.ready) return jsonError(409, readiness.reason);
  if (!(await (await getReview(actor)).secrecyConfirmation(id, stored.version))) return jsonError(409, '请先在“网页公开版”页确认这一版已经过保密审查。');
  let body: Uint8Array | string;
  try {
    const lines = webLines(stored.report, template);
    body = format === 'docx' ? await renderStored(stored, 'web') : format === 'html' ? webHtml(lines) : webText(lines);
  } catch (error) {
    if (error instanceof BoundedTaskError) return jsonError(error.status, `无法生成文件：${error.message}`);
    throw error;
  }
  const name = docxFileName(stored.report.title, '（公开版）').replace(/\.docx$/, `.${format}`);
  return new Response(body as BodyInit, { headers: { 'Content-Type': TYPES[format], 'Content-Disposition': contentDisposition(name), 'Cache-Control': 'no-store' } });
});
