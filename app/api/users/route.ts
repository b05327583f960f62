import { getAccounts } from '@/lib/accounts/get-accounts';
import { ZNewUser } from '@/lib/accounts/schema';
import type { TUserActor } from '@/lib/auth/actor';
import { jsonError } from '@/lib/http/json-response';
import { readJsonBody } from '@/lib/http/read-json-body';
import { signedInRoute } from '@/lib/http/signed-in-route';

export const dynamic = 'force-dynamic';

/** Every account with its units and roles (administrators). */
export const GET = signedInRoute(async (_request: Request, actor: TUserActor): Promise<Response> => Response.json(await (await getAccounts(actor)).listUsers()));

/** 添加账号 (administrators). */
export const POST = signedInRoute(async (request: Request, actor: TUserActor): Promise<Response> => {
  const body = await readJsonBody(request, ZNewUser);
  if (!body.ok) return jsonError(body.status, body.message, body.fieldErrors);
  const [user] = await (await getAccounts(actor)).addUsers([body.data]);
  return Response.json(user, { status: 201 });
});
