import 'server-only';
import type { TUserActor } from '../auth/actor';
import { currentActor } from '../auth/current-actor';
import { apiRoute } from './api-route';
import { jsonError } from './json-response';

export const SIGNED_OUT = '登录已过期，请重新登录。您的修改仍保存在浏览器中，登录后会继续保存。';

/** apiRoute for everything but signing in and 初始设置: no session answers 401 before the handler runs,
 * and the handler is given the person, for the repository to scope what they may read and change. */
export function signedInRoute<TRest extends unknown[]>(
  handler: (request: Request, actor: TUserActor, ...rest: TRest) => Promise<Response>,
): (request: Request, ...rest: TRest) => Promise<Response> {
  return apiRoute(async (request, ...rest) => {
    const actor = await currentActor(request.headers);
    if (!actor) return jsonError(401, SIGNED_OUT);
    return handler(request, actor, ...rest);
  });
}
