import type { TFigures, TReport } from '../report/schema';
import { findFigures } from './find-figures';
import { getIndicators } from './get-indicators';
import type { TIndicatorUnit } from './indicator-schema';

/** One row of the 主要数据 page: the indicator, this year's figure as set, last year's and where it came
 * from, the change, and the figure this year's text states when the table does not say the same. */
export type TFigureRow = {
  key: string;
  name: string;
  unit: TIndicatorUnit;
  value: number | null;
  confirmed: boolean;
  lastYear: number | null;
  /** 'table': last year's report in Nianbao; 'text': read from last year's text kept beside the editor. */
  lastYearFrom: 'table' | 'text' | null;
  change: string;
  proposal: { value: number; sentence: string } | null;
};

/** 12件, 96.6%, 1.2万人次 stays 12000人次: the table says what the text should, digit for digit. */
export function formatFigure(value: number, unit: TIndicatorUnit): string {
  return `${value}${unit}`;
}

const oneDecimal = (n: number) => String(Math.round(n * 10) / 10);

/**
 * The change from last year as the page and the annex print it: ↑12% for a count, ↑1.5个百分点 for a
 * rate, 持平, 新增 (none last year), 不再填报 (none this year, and the clerk said so), 待填写 (not set yet).
 * Empty when there is nothing to compare with.
 */
export function describeChange(lastYear: number | null, value: number | null, confirmed: boolean, unit: TIndicatorUnit, hasLastYear: boolean): string {
  if (value === null) {
    if (lastYear === null) return '';
    return confirmed ? '不再填报' : '待填写';
  }
  if (lastYear === null) return hasLastYear ? '新增' : '';
  if (value === lastYear) return '持平';
  const arrow = value > lastYear ? '↑' : '↓';
  const diff = Math.abs(value - lastYear);
  if (unit === '%') return `${arrow}${oneDecimal(diff)}个百分点`;
  if (lastYear === 0) return `${arrow}${formatFigure(diff, unit)}`;
  return `${arrow}${oneDecimal((diff / lastYear) * 100)}%`;
}

/** Whether the clerk has begun the table: until then its checks stay silent, so a report written without
 * it is not told about every figure its text states. */
export function tableInUse(figures: TFigures): boolean {
  return Object.values(figures).some((f) => f.value !== null || f.confirmed);
}

/** Last year's figure of a row: last year's table (carried over by 复制为下一年), else last year's text. */
export function lastYearOf(figures: TFigures, key: string, fromText: number | null): { lastYear: number | null; lastYearFrom: TFigureRow['lastYearFrom'] } {
  const fromTable = Object.hasOwn(figures, key) ? figures[key]!.lastYear : null;
  if (fromTable !== null) return { lastYear: fromTable, lastYearFrom: 'table' };
  return { lastYear: fromText, lastYearFrom: fromText !== null ? 'text' : null };
}

/** The rows of the 主要数据 table for the report's unit kind, in the data file's order. Pure. */
export function figureRows(report: TReport): TFigureRow[] {
  const found = findFigures(report, getIndicators(report.unitKind));
  const hasLastYear = report.reference !== undefined || Object.values(report.figures).some((f) => f.lastYear !== null);
  return found.map((f) => {
    const stored = Object.hasOwn(report.figures, f.key) ? report.figures[f.key]! : null;
    const value = stored?.value ?? null;
    const confirmed = stored?.confirmed ?? false;
    const { lastYear, lastYearFrom } = lastYearOf(report.figures, f.key, f.lastYear);
    return {
      key: f.key,
      name: f.name,
      unit: f.unit,
      value,
      confirmed,
      lastYear,
      lastYearFrom,
      change: describeChange(lastYear, value, confirmed, f.unit, hasLastYear),
      proposal: f.value !== null && f.value !== value ? { value: f.value, sentence: f.sources[0]! } : null,
    };
  });
}
