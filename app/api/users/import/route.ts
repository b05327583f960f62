import { getAccounts } from '@/lib/accounts/get-accounts';
import { ZCsvUpload } from '@/lib/accounts/schema';
import type { TUserActor } from '@/lib/auth/actor';
import { jsonError } from '@/lib/http/json-response';
import { readJsonBody } from '@/lib/http/read-json-body';
import { signedInRoute } from '@/lib/http/signed-in-route';

/** 从表格添加账号 (administrators): all or nothing, as `cli user add --csv`. */
export const POST = signedInRoute(async (request: Request, actor: TUserActor): Promise<Response> => {
  const body = await readJsonBody(request, ZCsvUpload, 1_100_000);
  if (!body.ok) return jsonError(body.status, body.message, body.fieldErrors);
  return Response.json(await (await getAccounts(actor)).importUsers(body.data.csv), { status: 201 });
});
