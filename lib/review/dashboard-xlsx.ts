import ExcelJS from 'exceljs';
import type { TDashboardRow } from './review-repository';
import { DASHBOARD_COLUMNS, exportCells } from './dashboard-view';

const WIDTHS = [36, 10, 12, 10, 20, 12, 18, 30, 12, 8, 8];

type TCell = string | number | Date | null;

/** A table as an .xlsx workbook (exceljs): a header row kept in view, widths that fit Chinese names, times
 * as real dates in China time (formatted in `dateColumn`, 1-based). */
export async function xlsxOf(sheetName: string, header: readonly string[], widths: number[], rows: TCell[][], title: string, dateColumn?: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '年报';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((name, i) => ({ header: name, width: widths[i] }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    // A spreadsheet's dates have no zone: the time is written as it reads in China.
    sheet.addRow(row.map((v) => (v instanceof Date ? new Date(v.getTime() + 8 * 3_600_000) : v)));
  }
  if (dateColumn !== undefined) sheet.getColumn(dateColumn).numFmt = 'yyyy-mm-dd hh:mm';
  workbook.title = title;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function dashboardXlsx(rows: TDashboardRow[], title: string): Promise<Uint8Array> {
  return xlsxOf('汇总', DASHBOARD_COLUMNS, WIDTHS, rows.map(exportCells), title, 5);
}
