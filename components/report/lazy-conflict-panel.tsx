'use client';

import { lazy, Suspense, type ComponentProps } from 'react';

// React's lazy rather than next/dynamic, whose loader would add some 1.4 KB (gzip) to the first load; the
// panel has nothing to render on the server, where no conflict has come yet.
const Panel = lazy(() => import('./conflict-panel').then((m) => ({ default: m.ConflictPanel })));

/** The conflict panel, the merge and the character diff, loaded when a conflict shows: few page views
 * need them, and every editing page would otherwise download them first. */
export function ConflictPanel(props: ComponentProps<typeof Panel>) {
  return (
    <Suspense fallback={<p role="status">正在列出冲突…</p>}>
      <Panel {...props} />
    </Suspense>
  );
}
