import { getRepository } from '@/lib/db/get-repository';
import type { ReportRepository } from '@/lib/db/report-repository';
import { rollForward } from '@/lib/report/roll-forward';
import { readJsonBody } from '@/lib/http/read-json-body';
import { jsonError } from '@/lib/http/json-response';
import { createReport } from '@/lib/report/new-report';
import { ZCreateRequest, type TCreateRequest } from '@/lib/report/requests';
import { sampleReport } from '@/lib/report/sample-report';
import type { TReport } from '@/lib/report/schema';
import { getTemplate } from '@/lib/template/get-template';
import { signedInRoute } from '@/lib/http/signed-in-route';
import type { TUserActor } from '@/lib/auth/actor';

export const dynamic = 'force-dynamic';

export const GET = signedInRoute(async (_request: Request, actor: TUserActor): Promise<Response> => {
  const repo = await getRepository(actor);
  const stored = await repo.list();
  return Response.json(
    stored.map(({ report, ...meta }) => (report ? { ...meta, title: report.title, unit: report.unit, year: report.year } : { ...meta, unreadable: true })),
  );
});

async function reportFrom(request: TCreateRequest, repo: ReportRepository): Promise<TReport | null> {
  switch (request.from) {
    case 'form':
      return createReport(request.input, getTemplate());
    case 'sample':
      return sampleReport();
    case 'report':
      return request.report;
    case 'import':
      return rollForward(request.lastYear, getTemplate(request.lastYear.template));
    case 'copy': {
      const stored = await repo.get(request.id);
      return stored ? rollForward(stored.report, getTemplate(stored.report.template)) : null;
    }
  }
}

export const POST = signedInRoute(async (request: Request, actor: TUserActor): Promise<Response> => {
  const body = await readJsonBody(request, ZCreateRequest);
  if (!body.ok) return jsonError(body.status, body.message, body.fieldErrors);
  const repo = await getRepository(actor);
  const report = await reportFrom(body.data, repo);
  if (!report) return jsonError(404, '找不到要复制的报告，它可能已被删除。');
  const stored = await repo.create(report, body.data.from === 'import' ? body.data.source : undefined);
  return Response.json({ id: stored.id, version: stored.version }, { status: 201, headers: { Location: `/reports/${stored.id}` } });
});
