import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { collectZip } from '@/lib/review/collect-zip';
import { dashboardCsv } from '@/lib/review/dashboard-csv';
import { dashboardView } from '@/lib/review/dashboard-view';
import { dashboardXlsx } from '@/lib/review/dashboard-xlsx';
import type { TDashboard, TDashboardRow } from '@/lib/review/review-repository';
import { loadSample } from '../../support/sample';

const row = (over: Partial<TDashboardRow>): TDashboardRow => ({
  unitId: over.unitName ?? 'u',
  unitName: '某镇人民政府',
  unitKind: '镇',
  superior: '巴南区',
  reportId: null,
  status: 'missing',
  submittedAt: null,
  lateness: { kind: 'left', days: 5 },
  publishedUrl: null,
  publishedOn: null,
  publication: { kind: 'left', days: 28 },
  openComments: 0,
  errors: null,
  hints: null,
  ...over,
});

const DASHBOARD: TDashboard = {
  year: 2025,
  deadlines: { reportBy: '2026-03-01', publishBy: '2026-04-01' },
  today: '2026-03-04',
  rows: [
    row({ unitName: '东温泉镇人民政府', status: 'submitted', submittedAt: '2026-02-27T02:05:00.000Z', lateness: { kind: 'on-time' }, errors: 0, hints: 3, reportId: 'r1' }),
    row({ unitName: '龙洲湾街道办事处', unitKind: '街道', lateness: { kind: 'late', days: 3 } }),
    row({ unitName: '安澜镇人民政府', status: 'returned', lateness: { kind: 'late', days: 1 }, openComments: 2, reportId: 'r2' }),
    row({ unitName: '界石镇人民政府', status: 'published', submittedAt: '2026-02-20T02:00:00.000Z', lateness: { kind: 'on-time' }, publishedUrl: 'https://www.cqbn.gov.cn/a.html', publishedOn: '2026-04-03', publication: { kind: 'late', days: 2 }, reportId: 'r3' }),
  ],
};

describe('the dashboard’s view and its exports', () => {
  it('filters by status and kind, puts the latest first, and counts every unit for the summary', () => {
    const view = dashboardView(DASHBOARD, { sort: 'lateness' });
    expect(view.rows.map((r) => r.unitName)).toEqual(['龙洲湾街道办事处', '安澜镇人民政府', '东温泉镇人民政府', '界石镇人民政府']);
    expect(view).toMatchObject({ total: 4, late: 2, counts: { submitted: 1, returned: 1, missing: 1, published: 1, draft: 0 } });
    expect(dashboardView(DASHBOARD, { sort: 'name', kind: '镇' }).rows.map((r) => r.unitName)).toEqual(['安澜镇人民政府', '东温泉镇人民政府', '界石镇人民政府']);
    expect(dashboardView(DASHBOARD, { sort: 'lateness', status: 'missing' }).rows).toHaveLength(1);
  });

  it('writes CSV that Excel and WPS open as Chinese (BOM), with quotes escaped and nothing that could run as a formula', () => {
    const csv = dashboardCsv([row({ unitName: '=HYPERLINK("http://evil","点我")', superior: '巴南区,重庆' }), DASHBOARD.rows[0]!, DASHBOARD.rows[3]!]);
    expect(csv.startsWith('\uFEFF单位,类型,上级,状态,报送时间,逾期/剩余,公开,公开网址,未解决批注,错误,提示\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil"",""点我"")",镇,"巴南区,重庆",未开始,,还剩 5 天,未公开，还剩 28 天,,0,,`);
    expect(lines[2]).toBe('东温泉镇人民政府,镇,巴南区,已报送,2026/2/27 10:05:00,按时,未公开，还剩 28 天,,0,0,3');
    expect(lines[3]).toBe('界石镇人民政府,镇,巴南区,已公开,2026/2/20 10:00:00,按时,已公开（逾期 2 天）,https://www.cqbn.gov.cn/a.html,0,,');
  });

  it('writes an .xlsx that reads back with its header, the times as dates in China time and the counts as numbers', async () => {
    const bytes = await dashboardXlsx(DASHBOARD.rows, '2025年度法治政府建设情况报告汇总');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.slice().buffer);
    const sheet = book.getWorksheet('汇总')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '单位', '类型', '上级', '状态', '报送时间', '逾期/剩余', '公开', '公开网址', '未解决批注', '错误', '提示']);
    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBe('东温泉镇人民政府');
    expect((first.getCell(5).value as Date).toISOString()).toBe('2026-02-27T10:05:00.000Z');
    expect(first.getCell(11).value).toBe(3);
    expect(sheet.rowCount).toBe(5);
  });

  it('collects one .docx per unit into a zip, named by unit and title, made safe and unique', async () => {
    const report = { ...loadSample(), title: '关于2025年法治政府建设情况的报告' };
    const docx = () => Promise.resolve(new Uint8Array([0x50, 0x4b, 3, 4]));
    const zip = await collectZip([
      { unitName: '东温泉镇人民政府', report, docx },
      { unitName: '东温泉镇人民政府', report, docx },
      { unitName: '../../etc/某街道', report, docx },
    ]);
    const names = Object.keys((await JSZip.loadAsync(zip)).files);
    expect(names).toEqual([
      '东温泉镇人民政府-关于2025年法治政府建设情况的报告.docx',
      '东温泉镇人民政府-关于2025年法治政府建设情况的报告（2）.docx',
      '.._.._etc_某街道-关于2025年法治政府建设情况的报告.docx',
    ]);
  });
});
