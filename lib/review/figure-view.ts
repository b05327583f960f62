import { z } from 'zod';
import { allIndicators } from '../figures/get-indicators';
import { describeChange, formatFigure } from '../figures/figure-rows';
import type { TIndicator } from '../figures/indicator-schema';
import type { TUnitKind } from '../report/part-keys';
import { ZYear } from '../report/schema';
import type { TUnitFigures } from './review-repository';
import { STATUS_LABELS } from './status';

/** 主要数据汇总's address: the year and the indicator (the first one unless another is named). */
export const ZFigureQuery = z.object({
  year: z.coerce.number().pipe(ZYear),
  indicator: z.string().max(40).optional(),
});

export type TFigureViewRow = { unitId: string; unitName: string; unitKind: string; reportId: string | null; status: string; value: number | null; lastYear: number | null; change: string };

export type TFigureView = {
  indicator: TIndicator;
  /** Units whose kind reports this indicator, in the dashboard's order. */
  rows: TFigureViewRow[];
  /** Rows with this year's figure. */
  reported: number;
  /** The county's total (counts) or the mean of the units that gave one (rates); null with none given. */
  total: number | null;
  lastYearTotal: number | null;
  totalLabel: '合计' | '平均';
};

const round = (n: number) => Math.round(n * 100) / 100;

function combined(values: number[], rate: boolean): number | null {
  if (values.length === 0) return null;
  const sum = values.reduce((a, b) => a + b, 0);
  return round(rate ? sum / values.length : sum);
}

/** The indicator the address names, or the first there is. */
export function chosenIndicator(key: string | undefined): TIndicator & { unitKinds: TUnitKind[] } {
  const all = allIndicators();
  return all.find((i) => i.key === key) ?? all[0]!;
}

/** One indicator across the county: each unit's figure this year and last, the change, and the total. */
export function figureView(units: TUnitFigures[], indicator: TIndicator & { unitKinds: TUnitKind[] }): TFigureView {
  const rows = units
    .filter((u) => (indicator.unitKinds as string[]).includes(u.unitKind))
    .map((u): TFigureViewRow => {
      const figure = u.figures?.[indicator.key];
      const value = figure?.value ?? null;
      const lastYear = figure?.lastYear ?? null;
      return { unitId: u.unitId, unitName: u.unitName, unitKind: u.unitKind, reportId: u.reportId, status: STATUS_LABELS[u.status], value, lastYear, change: describeChange(lastYear, value, figure?.confirmed ?? false, indicator.unit, lastYear !== null) };
    });
  const rate = indicator.unit === '%';
  const given = (pick: (r: TFigureViewRow) => number | null) => rows.map(pick).filter((v): v is number => v !== null);
  return {
    indicator,
    rows,
    reported: given((r) => r.value).length,
    total: combined(given((r) => r.value), rate),
    lastYearTotal: combined(given((r) => r.lastYear), rate),
    totalLabel: rate ? '平均' : '合计',
  };
}

export const FIGURE_COLUMNS = ['单位', '类型', '状态', '今年', '去年', '变化'] as const;

/** A row as the export writes it: the figures as numbers, the unit in the header. */
export function figureCells(row: TFigureViewRow): Array<string | number | null> {
  return [row.unitName, row.unitKind, row.status, row.value, row.lastYear, row.change];
}

/** 12件 or —: a figure as the page shows it. */
export const figureText = (value: number | null, indicator: TIndicator) => (value === null ? '—' : formatFigure(value, indicator.unit));

export const figureExportName = (year: number, indicator: TIndicator) => `${year}年度主要数据汇总-${indicator.name}`;
