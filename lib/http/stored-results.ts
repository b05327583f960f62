import 'server-only';
import type { TStoredReport } from '../db/report-repository';
import { checksForPage, renderBounded } from '../workers/bounded';
import { versionCache } from './version-cache';

const rendered = versionCache<Uint8Array>(32);

/** What a download is: the 草稿, the 正式稿 as submitted, or the copy for the website (正式稿 without 版头,
 * seal or 版记, which belong to the paper handed in). */
export type TDocxKind = 'draft' | 'final' | 'web';

/** The .docx of a stored version, rendered once however many download it at once. */
export function renderStored(stored: TStoredReport, kind: TDocxKind): Promise<Uint8Array> {
  const report = kind === 'web' ? { ...stored.report, masthead: false, seal: false, colophon: false } : stored.report;
  return rendered(`${stored.id}@${stored.version}:${kind}`, () => renderBounded(report, kind === 'draft'));
}

// A check that could not finish (busy, timed out) is run again next time. The day is part of the key:
// the deadline rule reads the date.
const checked = versionCache<Awaited<ReturnType<typeof checksForPage>>>(64, (result) => result.failure === null);

/** The checks of a stored version, run once for the pages and downloads that ask for them. */
export function checksOfStored(stored: TStoredReport): ReturnType<typeof checksForPage> {
  return checked(`${stored.id}@${stored.version}:${new Date().toISOString().slice(0, 10)}`, () => checksForPage(stored.report));
}
