import { getAccounts } from '@/lib/accounts/get-accounts';
import { ZPasswordReset } from '@/lib/accounts/schema';
import type { TUserActor } from '@/lib/auth/actor';
import { jsonError } from '@/lib/http/json-response';
import { readJsonBody } from '@/lib/http/read-json-body';
import { signedInRoute } from '@/lib/http/signed-in-route';

type TContext = { params: Promise<{ login: string }> };

/** 重设密码 (administrators): the person is signed out everywhere. */
export const PUT = signedInRoute(async (request: Request, actor: TUserActor, { params }: TContext): Promise<Response> => {
  const body = await readJsonBody(request, ZPasswordReset);
  if (!body.ok) return jsonError(body.status, body.message, body.fieldErrors);
  await (await getAccounts(actor)).setPassword((await params).login, body.data.password);
  return new Response(null, { status: 204 });
});
