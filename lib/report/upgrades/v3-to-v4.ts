import type { TRawReport } from './raw-report';

/**
 * v4 adds the 主要数据 table and the choice to print it as an attachment. A report written before starts
 * with the table empty (the figures its text states are proposed on the 主要数据 page for the clerk to
 * confirm, never entered on the clerk's behalf) and prints as it did. Nothing the clerk wrote is touched.
 */
export function v3ToV4(report: TRawReport): TRawReport {
  return { ...report, schemaVersion: 4, figures: {}, figuresAnnex: false };
}
