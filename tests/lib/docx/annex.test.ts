import { describe, expect, it } from 'vitest';
import { renderDocx } from '@/lib/docx/render-docx';
import { layoutPages } from '@/lib/preview/layout-pages';
import { documentBlocks } from '@/lib/report/document-blocks';
import type { TReport } from '@/lib/report/schema';
import { getTemplate } from '@/lib/template/get-template';
import { readDocx } from '../../support/docx-xml';
import { hasLibreOffice, renderPdf } from '../../support/libreoffice';
import { loadSample } from '../../support/sample';

const MM = 72 / 25.4;
const BLOCK = { left: 28 * MM, top: 37 * MM, right: 184 * MM };

/** The sample with a 主要数据 table, printed as its attachment. */
function withAnnex(print = true): TReport {
  const report = loadSample();
  report.figuresAnnex = print;
  report.figures = {
    'reconsideration-cases': { value: 1, lastYear: 3, confirmed: true },
    'head-appearance-rate': { value: 100, lastYear: 98.5, confirmed: true },
    'major-decision-reviews': { value: null, lastYear: 4, confirmed: true },
  };
  return report;
}

const blocksOf = (report: TReport) => documentBlocks(report, getTemplate());

describe('附件 主要数据对比表 in the document', () => {
  it('names the attachment below the body, before the sign-off, and sets the table after it, figures as they are', () => {
    const blocks = blocksOf(withAnnex());
    const note = blocks.findIndex((b) => b.kind === 'body' && b.text === '附件：主要数据对比表');
    const signature = blocks.findIndex((b) => b.kind === 'signature');
    expect(note).toBeGreaterThan(0);
    expect(blocks[note - 1]).toEqual({ kind: 'blank' });
    expect(signature).toBeGreaterThan(note);
    expect(blocks.at(-1)).toEqual({
      kind: 'annex',
      title: '主要数据对比表',
      columns: ['指标', '单位', '2024年', '2025年', '变化'],
      rows: [
        ['行政复议案件数', '件', '3', '1', '↓66.7%'],
        ['行政机关负责人出庭应诉率', '%', '98.5', '100', '↑1.5个百分点'],
        ['重大行政决策合法性审查件数', '件', '4', '—', '不再填报'],
      ],
    });
  });

  it('prints nothing of it unless asked, or when the table has no figure', () => {
    for (const report of [withAnnex(false), { ...loadSample(), figuresAnnex: true }]) {
      const blocks = blocksOf(report);
      expect(blocks.some((b) => b.kind === 'annex' || (b.kind === 'body' && b.text.startsWith('附件：')))).toBe(false);
    }
  });

  it('comes before the 版记, which keeps its even page of its own', () => {
    const blocks = blocksOf({ ...withAnnex(), colophon: true, printer: '某镇党政办公室', printDate: '2026-03-04' });
    const kinds = blocks.map((b) => b.kind);
    expect(kinds.indexOf('annex')).toBeLessThan(kinds.indexOf('unnumbered'));
    expect(kinds.at(-1)).toBe('colophon');
  });

  it('starts a page of its own in the preview: 附件, a blank line, the title on the third line, the table ruled', () => {
    const pages = layoutPages(blocksOf(withAnnex()));
    const annex = pages.find((p) => p.lines[0]?.kind === 'annexLabel')!;
    expect(annex.numbered).toBe(true);
    expect(annex.lines.slice(0, 4).map((l) => [l.kind, l.text])).toEqual([
      ['annexLabel', '附件'],
      ['blank', ''],
      ['title', '主要数据对比表'],
      ['blank', ''],
    ]);
    const table = annex.lines.slice(4);
    expect(table[0]!.cells!.map((c) => c.text)).toEqual(['指标', '单位', '2024年', '2025年', '变化']);
    // What does not fit its column runs on to a line of the same row, as the .docx's rows grow.
    expect(table.map((l) => l.cells!.map((c) => c.text).join('|'))).toEqual([
      '指标|单位|2024年|2025年|变化',
      '行政复议案件数|件|3|1|↓66.7%',
      '行政机关负责人出庭应诉|%|98.5|100|↑1.5个',
      '率|百分点',
      '重大行政决策合法性审查|件|4|—|不再填报',
      '件数',
    ]);
    expect(table.every((l) => l.columnEdges?.join() === '0,12,15,19,23,28')).toBe(true);
    expect(table.at(-1)!.rules).toEqual({ above: undefined, below: 'thin' });
  });
});

describe('附件 主要数据对比表 in the .docx', () => {
  it('starts on a new page with 附件 in 黑体 flush left, the title in the title style, the heading row in 黑体 repeated', async () => {
    const { document, styles } = await readDocx(await renderDocx(withAnnex()));
    expect(document).toContain('<w:pPr><w:pStyle w:val="NbBody"/><w:pageBreakBefore/><w:widowControl w:val="false"/><w:ind w:firstLine="0"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体" w:cs="黑体"/></w:rPr><w:t xml:space="preserve">附件</w:t></w:r>');
    expect(document).toMatch(/<w:pStyle w:val="NbTitle"\/>[^]*?主要数据对比表/);
    expect(document).toContain('<w:tblHeader/>');
    expect(document).toContain('<w:t xml:space="preserve">↑1.5个百分点</w:t>');
    expect(styles).toContain('w:styleId="NbTableCell"');
  });

  it.skipIf(!hasLibreOffice)('is laid out by LibreOffice on a page of its own, 附件 at the top left of the text block', async () => {
    const pdf = renderPdf(await renderDocx(withAnnex()));
    const page = pdf.lines.find((lines) => lines.some((l) => l.text.replace(/\s/g, '') === '附件'))!;
    const [label, title] = page;
    expect(label!.text.trim()).toBe('附件');
    expect(Math.abs(label!.xMin - BLOCK.left)).toBeLessThan(2);
    expect(label!.yMin).toBeGreaterThan(BLOCK.top - 2);
    expect(label!.yMin).toBeLessThan(BLOCK.top + 29);
    expect(title!.text.replace(/\s/g, '')).toBe('主要数据对比表');
    expect((title!.xMin + title!.xMax) / 2).toBeCloseTo((BLOCK.left + BLOCK.right) / 2, -1);
    const cells = page.map((l) => l.text.replace(/\s/g, ''));
    for (const text of ['指标', '变化', '行政复议案件数', '↓66.7%', '不再填报']) expect(cells).toContain(text);
    expect(cells.some((t) => t.includes('单位') && t.includes('2024年') && t.includes('2025年'))).toBe(true);
    // Each row stays within the text block, the table centred in it.
    expect(page.every((l) => l.xMin >= BLOCK.left - 2 && l.xMax <= BLOCK.right + 2)).toBe(true);
    expect(pdf.text.replace(/\s/g, '')).toContain('附件：主要数据对比表示例县青石镇人民政府');
  });
});
