import 'server-only';
import type { TStoredReport } from '../db/report-repository';
import { checksForPage, renderBounded } from '../workers/bounded';
import { versionCache } from './version-cache';

const rendered = versionCache<Uint8Array>(32);

/** The .docx of a stored version, rendered once however many download it at once. */
export function renderStored(stored: TStoredReport, draft: boolean): Promise<Uint8Array> {
  return rendered(`${stored.id}@${stored.version}:${draft ? 'draft' : 'final'}`, () => renderBounded(stored.report, draft));
}

// A check that could not finish (busy, timed out) is run again next time. The day is part of the key:
// the deadline rule reads the date.
const checked = versionCache<Awaited<ReturnType<typeof checksForPage>>>(64, (result) => result.failure === null);

/** The checks of a stored version, run once for the pages and downloads that ask for them. */
export function checksOfStored(stored: TStoredReport): ReturnType<typeof checksForPage> {
  return checked(`${stored.id}@${stored.version}:${new Date().toISOString().slice(0, 10)}`, () => checksForPage(stored.report));
}
