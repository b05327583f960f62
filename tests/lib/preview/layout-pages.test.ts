import { describe, expect, it } from 'vitest';
import { breakLines, layoutPages, LINES_PER_PAGE } from '@/lib/preview/layout-pages';
import { documentBlocks } from '@/lib/report/document-blocks';
import { textUnits } from '@/lib/report/text-width';
import { getTemplate } from '@/lib/template/get-template';
import { renderDocx } from '@/lib/docx/render-docx';
import { hasLibreOffice, renderPdf } from '../../support/libreoffice';
import { loadSample } from '../../support/sample';

const pagesOf = (report = loadSample()) => layoutPages(documentBlocks(report, getTemplate()));

describe('the paged preview layout', () => {
  it('breaks lines at 28 characters, the first indented two, and never starts a line with a closing mark', () => {
    const lines = breakLines(`${'法'.repeat(26)}，${'治'.repeat(30)}`, 2);
    expect(lines.map((l) => [textUnits(l.text) + l.indent, l.indent])).toEqual([
      [29, 2],
      [28, 0],
      [2, 0],
    ]);
    expect(lines[1]!.text.startsWith('，')).toBe(false);
  });

  it('fills pages with 22 lines at most and numbers them', () => {
    const pages = pagesOf();
    expect(pages.length).toBeGreaterThan(5);
    expect(pages.every((p) => p.lines.length <= LINES_PER_PAGE)).toBe(true);
    expect(pages.map((p) => p.number)).toEqual(pages.map((_, i) => i + 1));
  });

  it('never leaves a heading as the last line of a page', () => {
    for (const page of pagesOf()) expect(page.lines.at(-1)!.kind).not.toMatch(/^h\d$/);
  });

  it('starts with the balanced title lines, centred', () => {
    const first = pagesOf()[0]!.lines;
    expect(first.slice(0, 2).map((l) => [l.kind, l.text, l.align])).toEqual([
      ['title', '青石镇人民政府关于', 'center'],
      ['title', '2025年法治政府建设情况的报告', 'center'],
    ]);
  });

  it.skipIf(!hasLibreOffice)('comes to the same number of pages as LibreOffice, give or take one', async () => {
    const report = loadSample();
    const pdf = renderPdf(await renderDocx(report));
    expect(Math.abs(pagesOf(report).length - pdf.pages)).toBeLessThanOrEqual(1);
  });
});
