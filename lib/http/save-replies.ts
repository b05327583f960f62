import type { TStoredReport } from '@/lib/db/report-repository';
import type { TReport } from '@/lib/report/schema';

/** The reply to a save: the version it made, and, when the server merged it with other saves, the merged
 * text (the editor adopts it; otherwise the text it sent is what the server holds). */
export type TSavedReply = { version: number; updatedAt: string; report?: TReport };

/** The reply to a save both sides changed in the same place (409): the text stored now and the text the
 * save was based on (null when none is kept that old), so the browser merges and shows the conflicts. */
export type TConflictReply = { message: string; version: number; current: TReport; base: TReport | null };

export const CONFLICT_MESSAGE = '这份报告已在其他窗口或由其他人修改过，双方改动了同一处。您的修改没有丢失，也没有覆盖对方的修改，请逐处选择。';

export function savedReply(stored: TStoredReport, merged: boolean): TSavedReply {
  return { version: stored.version, updatedAt: stored.updatedAt, ...(merged ? { report: stored.report } : {}) };
}

export function conflictReply(current: TStoredReport, base: TReport | null): TConflictReply {
  return { message: CONFLICT_MESSAGE, version: current.version, current: current.report, base };
}
