import type { TReport } from '../report/schema';
import { findFigures, type TFigureFound } from './find-figures';
import { getIndicators } from './get-indicators';

/** Each key indicator of the report's unit kind as `cli figures` gives it: the 主要数据 table's figures
 * where the clerk has set them (a row set to 不再填报 has none), else what the text states; the sentences
 * that state it either way. */
export function reportFigures(report: TReport): TFigureFound[] {
  return findFigures(report, getIndicators(report.unitKind)).map((found) => {
    const row = Object.hasOwn(report.figures, found.key) ? report.figures[found.key]! : null;
    return { ...found, value: row?.confirmed ? row.value : found.value, lastYear: row?.lastYear ?? found.lastYear };
  });
}
