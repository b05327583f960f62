import { getAuth } from '@/lib/auth/get-auth';
import { SIGN_IN_MESSAGES, ZSignIn } from '@/lib/auth/sign-in-request';
import { beginSignIn } from '@/lib/auth/sign-in-throttle';
import { forgetSessions } from '@/lib/auth/session-memo';
import { getDatabase } from '@/lib/db/get-database';
import { apiRoute } from '@/lib/http/api-route';
import { jsonError } from '@/lib/http/json-response';
import { readJsonBody } from '@/lib/http/read-json-body';

const SIGN_IN = '/api/auth/sign-in/username';
const SIGN_OUT = '/api/auth/sign-out';

/** Only signing in and out reach better-auth: accounts are made and changed by the administrator
 * (lib/accounts), so its sign-up, profile and e-mail endpoints stay shut. */
export const POST = apiRoute(async (request: Request): Promise<Response> => {
  const path = new URL(request.url).pathname;
  if (path === SIGN_OUT) {
    const signedOut = await (await getAuth()).handler(request);
    forgetSessions();
    return signedOut;
  }
  if (path !== SIGN_IN) return jsonError(404, '没有这个地址。');
  const body = await readJsonBody(request, ZSignIn, 4_096);
  if (!body.ok) return jsonError(body.status, body.message, body.fieldErrors);
  const db = await getDatabase();
  const attempt = await beginSignIn(db, body.data.username, new Date());
  if (attempt.wait > 0) {
    await attempt.settle('throttled');
    return jsonError(429, SIGN_IN_MESSAGES.tooMany(attempt.wait));
  }
  // The checked body goes on, through better-auth's own handler so its rate limit and origin check apply.
  const forwarded = new Request(request.url, { method: 'POST', headers: request.headers, body: JSON.stringify(body.data) });
  const response = await (await getAuth()).handler(forwarded);
  if (response.ok) {
    const { user } = (await response.json()) as { user: { id: string; name: string } };
    await attempt.settle({ signedIn: user.id });
    // The session travels only in the HttpOnly cookie, never in a body a script could read.
    const headers = new Headers({ 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    for (const cookie of response.headers.getSetCookie()) headers.append('Set-Cookie', cookie);
    return new Response(JSON.stringify({ name: user.name }), { headers });
  }
  // Refused by the per-address limit, the password was never tried: not a guess to count.
  await attempt.settle(response.status === 429 ? 'throttled' : { refused: String(response.status) });
  // The same words whether the name exists or not: a failed sign-in tells nobody which accounts there are.
  if (response.status === 429) return jsonError(429, SIGN_IN_MESSAGES.tooMany(Number(response.headers.get('x-retry-after')) || 60));
  // A name better-auth finds malformed is answered like a wrong password, too.
  if (response.status < 500) return jsonError(401, SIGN_IN_MESSAGES.wrong);
  return jsonError(503, SIGN_IN_MESSAGES.failed);
});
