import 'server-only';
import { notFound } from 'next/navigation';
import { getRepository } from './get-repository';
import type { TStoredReport } from './report-repository';

/** The stored report of a page's [id], or Next's 404 page. */
export async function loadReport(id: string): Promise<TStoredReport> {
  const stored = await (await getRepository()).get(id);
  if (!stored) notFound();
  return stored;
}
