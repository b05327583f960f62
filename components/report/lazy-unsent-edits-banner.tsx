'use client';

import { lazy, Suspense, type ComponentProps } from 'react';

// React's lazy, as for the conflict panel (lazy-conflict-panel.tsx): on the server the banner renders nothing.
const Banner = lazy(() => import('./unsent-edits-banner').then((m) => ({ default: m.UnsentEditsBanner })));

/** The offer of unsent text, loaded after the page: it shows only when this browser holds text from a tab
 * no longer open, which few page views find, and every editing page would otherwise download it first. */
export function UnsentEditsBanner(props: ComponentProps<typeof Banner>) {
  return (
    <Suspense fallback={null}>
      <Banner {...props} />
    </Suspense>
  );
}
