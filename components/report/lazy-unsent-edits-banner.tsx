'use client';

import dynamic from 'next/dynamic';

/** The offer of unsent text, loaded after the page: it shows only when this browser holds text from a tab
 * no longer open, which few page views find, and every editing page would otherwise download it first. */
export const UnsentEditsBanner = dynamic(() => import('./unsent-edits-banner').then((m) => m.UnsentEditsBanner), { ssr: false });
