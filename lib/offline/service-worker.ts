// Bundled by esbuild into public/sw.js (scripts/build-workers.mjs), not served by a route handler: a worker
// must be one plain script at the site's root to control every page, and Next bundles no such script.
import { OFFLINE_PATH, offlineAddress, returnPath } from './offline-address';
import { pageAssets } from './page-assets';

declare const self: ServiceWorkerGlobalScope;
/** Set when bundling: changes with the app's sources, so a new build's worker differs byte for byte, is
 * installed by the browser's next update check, caches that build's offline page and drops the old one. */
declare const CACHE_VERSION: string;

const CACHE = `nianbao-offline-${CACHE_VERSION}`;
const HASHED = '/_next/static/';

/** The offline page and every file it loads, fetched past the HTTP cache so they are this build's. */
async function precache(): Promise<void> {
  const page = await fetch(OFFLINE_PATH, { cache: 'reload' });
  if (!page.ok) throw new Error(`${OFFLINE_PATH} answered ${page.status}`);
  const cache = await caches.open(CACHE);
  await cache.addAll(pageAssets(await page.clone().text()));
  await cache.put(OFFLINE_PATH, page);
}

self.addEventListener('install', (event) => {
  // A new build's worker takes over at once: navigations always go to the network, so it never serves an
  // old page, and the hashed files the old pages use stay on the server or in the HTTP cache.
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  // The first worker controls the page that registered it, so that page reloads into the offline page.
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

/** A page load goes to the network, and its answer is never kept: pages carry a report's text, which
 * another clerk may change on the shared server. Only a load the network cannot carry is sent to the
 * offline page, with the report it was for. */
async function navigate(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.pathname === OFFLINE_PATH) return offlinePage(url);
  try {
    return await fetch(request);
  } catch {
    return Response.redirect(new URL(offlineAddress(url), url).href, 302);
  }
}

/** The kept offline page while the network is down; once it is back, the page the clerk had asked for, so
 * reloading the offline page is reloading that page. */
async function offlinePage(url: URL): Promise<Response> {
  const back = new URL(returnPath(url.searchParams.get('from')), url);
  try {
    await fetch(back, { method: 'HEAD' });
    return Response.redirect(back.href, 302);
  } catch {
    return (await caches.match(OFFLINE_PATH, { cacheName: CACHE })) ?? Response.error();
  }
}

/** Hashed files never change under their name: the kept copy first (the offline page's own), then the
 * network. Others are not kept here, since the HTTP cache already keeps them for a year. */
async function hashedFile(request: Request): Promise<Response> {
  return (await caches.match(request, { cacheName: CACHE })) ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(navigate(request));
  else if (url.pathname.startsWith(HASHED)) event.respondWith(hashedFile(request));
  // Anything else (the API, the pages' React payloads) is left to the browser: never answered from a cache.
});
