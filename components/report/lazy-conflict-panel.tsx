'use client';

import dynamic from 'next/dynamic';

/** The conflict panel, the merge and the character diff, loaded when a conflict shows: few page views need them,
 * and every editing page would otherwise download them first. */
export const ConflictPanel = dynamic(() => import('./conflict-panel').then((m) => m.ConflictPanel), {
  ssr: false,
  loading: () => <p role="status">正在列出冲突…</p>,
});
