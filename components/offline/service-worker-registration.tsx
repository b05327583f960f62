'use client';

import { useEffect } from 'react';

/**
 * Registers the service worker behind the offline page (public/sw.js, from lib/offline/service-worker.ts).
 * Only in a production build, whose static files are content-hashed; and only where the browser offers
 * service workers, which is a secure context (https or localhost): on a plain-http intranet the app works
 * without the offline page.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    // A refused registration (a private window, a policy) leaves the app as it is without one.
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  }, []);
  return null;
}
