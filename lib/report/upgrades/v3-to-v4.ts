import type { TRawReport } from './raw-report';

/**
 * v4 adds the 主要数据 table. A report written before starts with it empty: the figures its text states
 * are proposed on the 主要数据 page for the clerk to confirm, never entered on the clerk's behalf. Nothing
 * the clerk wrote is touched.
 */
export function v3ToV4(report: TRawReport): TRawReport {
  return { ...report, schemaVersion: 4, figures: {} };
}
