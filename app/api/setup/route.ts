import { createAccountsRepository } from '@/lib/accounts/accounts-repository';
import { ZSetUp } from '@/lib/accounts/schema';
import { SYSTEM } from '@/lib/auth/actor';
import { getAuth } from '@/lib/auth/get-auth';
import { getDatabase } from '@/lib/db/get-database';
import { apiRoute } from '@/lib/http/api-route';
import { jsonError } from '@/lib/http/json-response';
import { readJsonBody } from '@/lib/http/read-json-body';

/** 初始设置, once, on a server nobody has set up: anyone who reaches it first becomes the administrator,
 * which is why `npm start` listens on 127.0.0.1 until HOST says otherwise. */
export const POST = apiRoute(async (request: Request): Promise<Response> => {
  const body = await readJsonBody(request, ZSetUp);
  if (!body.ok) return jsonError(body.status, body.message, body.fieldErrors);
  const accounts = createAccountsRepository(await getDatabase(), await getAuth(), SYSTEM);
  const result = await accounts.setUp(body.data);
  return Response.json(result, { status: 201 });
});
