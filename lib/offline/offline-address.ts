/** Where the offline page lives; the service worker sends a failed page load there. */
export const OFFLINE_PATH = '/offline';

/** Pages under /reports/ that are not a report (an id is any string up to 40 characters, from a backup too). */
const NOT_A_REPORT = new Set(['new', 'import']);

/** The id of the report a page belongs to (/reports/<id> and the pages under it), or null. */
export function reportIdOf(pathname: string): string | null {
  const segment = /^\/reports\/([^/]+)/.exec(pathname)?.[1];
  if (!segment) return null;
  let id: string;
  try {
    id = decodeURIComponent(segment);
  } catch {
    return null;
  }
  return NOT_A_REPORT.has(id) ? null : id;
}

/** The offline page for a page that could not be loaded: which report it showed, and where to go back
 * to once the connection returns. */
export function offlineAddress(page: URL): string {
  const query = new URLSearchParams();
  const id = reportIdOf(page.pathname);
  if (id) query.set('report', id);
  query.set('from', page.pathname + page.search);
  return `${OFFLINE_PATH}?${query.toString()}`;
}

// Any origin serves to resolve against: only whether the result stays on it matters.
const HERE = 'http://nianbao.invalid';

/** The page to go back to: only a path on this site, so a crafted link cannot send the clerk elsewhere.
 * It is judged as the browser will read it (a URL parser drops tabs and newlines, and takes a backslash
 * for a slash), not by its first characters. */
export function returnPath(from: string | null): string {
  if (!from) return '/';
  let url: URL;
  try {
    url = new URL(from, HERE);
  } catch {
    return '/';
  }
  return url.origin === HERE && !url.pathname.startsWith(OFFLINE_PATH) ? url.pathname + url.search : '/';
}
