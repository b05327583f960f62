import { getAccounts } from '@/lib/accounts/get-accounts';
import { ZUnitInput } from '@/lib/accounts/schema';
import type { TUserActor } from '@/lib/auth/actor';
import { jsonError } from '@/lib/http/json-response';
import { readJsonBody } from '@/lib/http/read-json-body';
import { signedInRoute } from '@/lib/http/signed-in-route';

export const dynamic = 'force-dynamic';

/** The units the person may see: all of them for the county's reviewers and administrators. */
export const GET = signedInRoute(async (_request: Request, actor: TUserActor): Promise<Response> => Response.json(await (await getAccounts(actor)).listUnits()));

/** 添加单位 (administrators). */
export const POST = signedInRoute(async (request: Request, actor: TUserActor): Promise<Response> => {
  const body = await readJsonBody(request, ZUnitInput);
  if (!body.ok) return jsonError(body.status, body.message, body.fieldErrors);
  const [unit] = await (await getAccounts(actor)).addUnits([body.data]);
  return Response.json(unit, { status: 201 });
});
