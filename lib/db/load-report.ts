import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { UnreadableReportError } from './errors';
import { requireActor } from '../auth/require-actor';
import { getRepository } from './get-repository';
import type { TStoredReport } from './report-repository';

/** The stored report of a page's [id] as the signed-in person may see it; Next's 404 page when there is
 * none (or it is another unit's), and the 无法读取 page, with its
 * raw data to download, when its row no longer reads. Read once per request, though a page's metadata and
 * body both ask for it. */
export const loadReport = cache(async (id: string): Promise<TStoredReport> => {
  let stored: TStoredReport | null;
  try {
    stored = await (await getRepository(await requireActor(`/reports/${id}`))).get(id);
  } catch (error) {
    if (error instanceof UnreadableReportError) redirect(`/reports/${encodeURIComponent(id)}/unreadable`);
    throw error;
  }
  if (!stored) notFound();
  return stored;
});
