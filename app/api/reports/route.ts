import { getRepository } from '@/lib/db/get-repository';
import { readJsonBody } from '@/lib/http/read-json-body';
import { jsonError } from '@/lib/http/json-response';
import { createReport } from '@/lib/report/new-report';
import { ZCreateRequest, type TCreateRequest } from '@/lib/report/requests';
import { sampleReport } from '@/lib/report/sample-report';
import type { TReport } from '@/lib/report/schema';
import { getTemplate } from '@/lib/template/get-template';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const repo = await getRepository();
  const stored = await repo.list();
  return Response.json(stored.map(({ report, ...meta }) => ({ ...meta, title: report.title, unit: report.unit, year: report.year })));
}

function reportFrom(request: TCreateRequest): TReport {
  switch (request.from) {
    case 'form':
      return createReport(request.input, getTemplate());
    case 'sample':
      return sampleReport();
    case 'report':
      return request.report;
  }
}

export async function POST(request: Request): Promise<Response> {
  const body = await readJsonBody(request, ZCreateRequest);
  if (!body.ok) return jsonError(body.status, body.message, body.fieldErrors);
  const repo = await getRepository();
  const stored = await repo.create(reportFrom(body.data));
  return Response.json({ id: stored.id, version: stored.version }, { status: 201, headers: { Location: `/reports/${stored.id}` } });
}
