'use client';

import { useEffect } from 'react';

/** Marks the page interactive (html[data-hydrated]) once React has hydrated it: the root layout's effect
 * runs after every component's below it. Browser tests wait for it before typing, since text typed into
 * a server-rendered field while the form library attaches to it can be reset or appended to. */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}
