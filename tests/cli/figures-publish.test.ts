import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getIndicators } from '@/lib/figures/get-indicators';
import type { TReport } from '@/lib/report/schema';
import { runCli } from '../support/run-cli';
import { loadSample } from '../support/sample';

const fixture = new URL('../fixtures/sample-report.json', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-publish-'));

function reportFile(name: string, change: (report: TReport) => void): string {
  const report = loadSample();
  change(report);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(report));
  return file;
}

describe('npm run -s cli -- figures', () => {
  it('prints every indicator of the unit kind with this year’s value, last year’s and the sentences', () => {
    const { code, stdout, stderr } = runCli(['figures', fixture]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const figures = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(figures.map((f) => f.key)).toEqual(getIndicators('镇').map((i) => i.key));
    expect(figures[0]).toEqual({ key: 'reconsideration-cases', name: '行政复议案件数', unit: '件', value: 1, lastYear: null, sources: ['全年镇政府作为被申请人的行政复议案件1件，经复议维持；'] });
  });

  it('uses the county department list and last year’s reference text', () => {
    const file = reportFile('county.json', (r) => {
      r.unitKind = '县级部门';
      r.reference = { year: 2024, parts: { measures: '全年作出行政处罚决定40件。', shortcomings: '', leadership: '', plans: '', other: '' } };
    });
    const figures = JSON.parse(runCli(['figures', file]).stdout) as Array<{ key: string; lastYear: number | null }>;
    expect(figures.map((f) => f.key)).toEqual(getIndicators('县级部门').map((i) => i.key));
    expect(figures.find((f) => f.key === 'penalty-cases')!.lastYear).toBe(40);
  });

  it('gives the 主要数据 table\'s figures where the clerk set them, over what the text states', () => {
    const file = reportFile('table.json', (r) => {
      r.figures = { 'reconsideration-cases': { value: 2, lastYear: 1, confirmed: true }, 'litigation-cases': { value: null, lastYear: 4, confirmed: true } };
    });
    const figures = JSON.parse(runCli(['figures', file]).stdout) as Array<{ key: string; value: number | null; lastYear: number | null; sources: string[] }>;
    expect(figures.find((f) => f.key === 'reconsideration-cases')).toMatchObject({ value: 2, lastYear: 1, sources: ['全年镇政府作为被申请人的行政复议案件1件，经复议维持；'] });
    expect(figures.find((f) => f.key === 'litigation-cases')).toMatchObject({ value: null, lastYear: 4 });
  });
});

describe('npm run -s cli -- publish', () => {
  it('prints the web version as an HTML fragment or plain text', () => {
    const html = runCli(['publish', fixture, '--format', 'html']);
    expect({ code: html.code, stderr: html.stderr }).toEqual({ code: 0, stderr: '' });
    expect(html.stdout.split('\n').slice(0, 2)).toEqual(['<h1>青石镇人民政府关于2025年法治政府建设情况的报告</h1>', '<p>示例县委、县人民政府：</p>']);
    const txt = runCli(['publish', fixture, '--format', 'txt']);
    expect(txt.code).toBe(0);
    expect(txt.stdout.split('\n').slice(0, 2)).toEqual(['青石镇人民政府关于2025年法治政府建设情况的报告', '示例县委、县人民政府：']);
    expect(txt.stdout.split('\n')).toHaveLength(html.stdout.split('\n').length);
  });

  it('prints the findings instead, and exits 1, on a phone number or a 秘密 marking', () => {
    const file = reportFile('secret.json', (r) => {
      r.parts.measures.sections[0]!.body += '\n咨询电话023-12345678。';
      r.opening = `秘密★1年\n${r.opening}`;
    });
    const { code, stdout, stderr } = runCli(['publish', file, '--format', 'html']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual([
      { kind: '密级标志', excerpt: '秘密★', part: null, sectionId: null },
      { kind: '固定电话', excerpt: '023-12345678', part: 'measures', sectionId: loadSample().parts.measures.sections[0]!.id },
    ]);
    expect(stdout).not.toContain('<h1>');
    expect(stderr).toContain('发现 2 处个人信息或密级标志');
  });

  it('refuses a format it does not write', () => {
    expect(runCli(['publish', fixture, '--format', 'pdf'])).toMatchObject({ code: 1, stdout: '', stderr: expect.stringContaining('--format 只能是 html 或 txt') });
  });
});
