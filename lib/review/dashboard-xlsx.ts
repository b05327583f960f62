import ExcelJS from 'exceljs';
import type { TDashboardRow } from './review-repository';
import { DASHBOARD_COLUMNS, exportCells } from './dashboard-view';

const WIDTHS = [36, 10, 12, 10, 20, 12, 12, 8, 8];

/** The dashboard as an .xlsx workbook (exceljs): a header row kept in view, widths that fit Chinese names,
 * times as real dates in China time. */
export async function dashboardXlsx(rows: TDashboardRow[], title: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '年报';
  const sheet = workbook.addWorksheet('汇总', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = DASHBOARD_COLUMNS.map((header, i) => ({ header, width: WIDTHS[i] }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    // A spreadsheet's dates have no zone: the time is written as it reads in China.
    const cells = exportCells(row).map((v) => (v instanceof Date ? new Date(v.getTime() + 8 * 3_600_000) : v));
    sheet.addRow(cells);
  }
  sheet.getColumn(5).numFmt = 'yyyy-mm-dd hh:mm';
  workbook.title = title;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
