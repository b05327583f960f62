/** The browser's side of the JSON API: every call returns ok/data or the server's Chinese message. */
export type TApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; message: string; body?: unknown };

export async function callApi<T>(url: string, init: RequestInit = {}): Promise<TApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { 'Content-Type': 'application/json', ...init.headers } });
  } catch {
    return { ok: false, status: 0, message: '无法连接服务器，请检查网络后重试。' };
  }
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.ok) return { ok: true, status: response.status, data: body as T };
  const message =
    body && typeof body === 'object' && 'message' in body && typeof body.message === 'string'
      ? body.message
      : `服务器出错（${response.status}），请稍后重试。`;
  return { ok: false, status: response.status, message, body };
}
