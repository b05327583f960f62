import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getRepository } from './get-repository';
import type { TStoredReport } from './report-repository';

/** The stored report of a page's [id], or Next's 404 page. Read once per request, though a page's
 * metadata and body both ask for it. */
export const loadReport = cache(async (id: string): Promise<TStoredReport> => {
  const stored = await (await getRepository()).get(id);
  if (!stored) notFound();
  return stored;
});
