/** Methods that change nothing: a page elsewhere may cause them (a link, an image) without harm. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const CROSS_SITE_MESSAGE = '请求来自其他网站，已拒绝。请在年报自己的页面上操作。';

/**
 * Whether a request that could change something comes from a page of another site (or another port of
 * this host): what a browser sends with a form posted, or a fetch made, by a page elsewhere. A browser
 * names where a request comes from (Sec-Fetch-Site, and Origin on every POST, PUT and DELETE); a request
 * that names neither is not from a page (the CLI, curl, a test) and cannot carry the clerk's cookies
 * against the clerk's will. The host compared is the one the clerk's browser addressed: behind a reverse
 * proxy, the proxy's X-Forwarded-Host.
 */
export function isCrossSite(method: string, headers: Headers): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const site = headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none') return true;
  const origin = headers.get('origin');
  if (origin === null) return false;
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() ?? headers.get('host');
  let from: URL;
  try {
    from = new URL(origin);
  } catch {
    return true;
  }
  return host === null || from.host !== host;
}
