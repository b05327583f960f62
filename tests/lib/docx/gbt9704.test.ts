import { describe, expect, it } from 'vitest';
import { renderDocx } from '@/lib/docx/render-docx';
import { signOffIndents } from '@/lib/report/sign-off';
import { createReport } from '@/lib/report/new-report';
import type { TReport } from '@/lib/report/schema';
import { getTemplate } from '@/lib/template/get-template';
import { readDocx } from '../../support/docx-xml';
import { hasLibreOffice, renderPdf, type TPdfLine } from '../../support/libreoffice';
import { loadSample } from '../../support/sample';

const MM = 72 / 25.4;
const BLOCK = { left: 28 * MM, right: 184 * MM, top: 37 * MM, bottom: 262 * MM };
const PITCH = 28.95;
const CENTRE = (BLOCK.left + BLOCK.right) / 2;
const HANGING = /[，。、；：！？”’）》]$/;

/** A report of plain paragraphs with no punctuation inside them, so every full line holds exactly 28. */
function plainReport(paragraphs: number): TReport {
  const report = createReport({ unit: '某县某镇人民政府', unitKind: '镇', year: 2025, recipient: '县委、县人民政府' }, getTemplate());
  const text = '深入推进依法行政全面建设法治政府切实提高基层治理法治化水平';
  const body = Array.from({ length: paragraphs }, (_, i) => `${text.repeat(20).slice(i, i + 560)}。`).join('\n');
  report.parts.measures.sections = [{ id: 'p', heading: '主要举措和成效', body, children: [] }];
  report.date = '2026-03-04';
  return report;
}

function oneLineEach(): TReport {
  const report = createReport({ unit: '某县某镇人民政府', unitKind: '镇', year: 2025, recipient: '县委、县人民政府' }, getTemplate());
  for (const key of ['measures', 'shortcomings', 'leadership', 'plans'] as const) {
    report.parts[key].sections = [{ id: key, heading: '小标题', body: '正文一句。', children: [] }];
  }
  report.parts.other.none = true;
  report.date = '2026-03-04';
  // The flat style, where each part's one section is a level-1 heading, keeps it to one page.
  report.layout = 'flat';
  return report;
}

const bodyLines = (page: TPdfLine[]) => page.filter((l) => l.yMin < BLOCK.bottom);
const footer = (page: TPdfLine[]) => page.find((l) => l.yMin >= BLOCK.bottom);

describe('the .docx against GB/T 9704, in its XML', () => {
  it('names alternative fonts for PCs without the GB2312 fonts, and keeps the title off the line grid', async () => {
    const { fontTable, styles } = await readDocx(await renderDocx(loadSample()));
    expect(fontTable).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fontTable).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
    // In the title style's own pPr, where the schema orders it (element-order.test.ts checks the order).
    expect(styles).toMatch(/w:styleId="NbTitle"[\s\S]*?<w:pPr>(?:(?!<\/w:pPr>)[\s\S])*<w:snapToGrid w:val="0"\/>/);
  });

  it('places the signature two characters in, and the date two characters right of its start', async () => {
    const { document } = await readDocx(await renderDocx(loadSample()));
        expect(document).toMatch(/<w:pStyle w:val="NbSignature"\/><w:widowControl w:val="false"\/><w:ind w:right="630"\/>/);
    // The date's first character two characters right of the signature's: 8845 twips of block less the
    // signature's 10 characters of 315.
    expect(document).toMatch(/<w:pStyle w:val="NbDate"\/><w:widowControl w:val="false"\/><w:ind w:left="5695" w:right="0"\/><w:jc w:val="left"\/>/);
  });

  it('marks every page of a draft 草稿 in the header, and a 正式稿 not at all', async () => {
    const sample = loadSample();
    const draft = await readDocx(await renderDocx(sample, { draft: true }));
    const final = await readDocx(await renderDocx(sample));
    expect(draft.headers).toHaveLength(2);
    expect(draft.headers.every((h) => h.includes('草稿'))).toBe(true);
    expect(final.headers).toHaveLength(0);
  });

  it('turns half-width punctuation in Chinese text full-width and leaves numbers and addresses alone', async () => {
    const report = loadSample();
    report.parts.other = { none: false, done: true, sections: [{ id: 'x', heading: '其他', body: '完成率100%,共1.2万件(见www.gov.cn);按"放管服"要求.', children: [] }] };
    const { document } = await readDocx(await renderDocx(report));
    expect(document).toContain('完成率100%，共1.2万件（见www.gov.cn）；按“放管服”要求。');
  });
});

describe.skipIf(!hasLibreOffice)('the .docx against GB/T 9704, as LibreOffice lays it out', () => {
  it('holds 22 lines on every full page and 28 characters on every full line, all inside the text block', async () => {
    const pdf = renderPdf(await renderDocx(plainReport(24)));
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    const pages = pdf.lines.map(bodyLines);
    for (const page of pages.slice(1, -1)) {
      expect(page).toHaveLength(22);
      const steps = page.slice(1).map((l, i) => l.yMin - page[i]!.yMin);
      expect(steps.every((s) => Math.abs(s - PITCH) < 0.2)).toBe(true);
    }
    // A full line: not a paragraph's first (indented) or last (short) line. A closing mark LibreOffice
    // lets hang into the margin (标点悬挂) rather than start a line with it is not counted.
    const full = pages.flat().filter((l) => l.xMin < BLOCK.left + 2 && l.xMax > BLOCK.right - 20);
    const counted = (l: TPdfLine) => Array.from(l.text).length - (l.xMax > BLOCK.right + 1 && HANGING.test(l.text) ? 1 : 0);
    expect(full.length).toBeGreaterThan(40);
    expect(full.filter((l) => counted(l) !== 28)).toEqual([]);
    for (const line of pages.flat()) {
      expect(line.xMin).toBeGreaterThanOrEqual(BLOCK.left - 1);
      expect(line.xMax).toBeLessThanOrEqual(BLOCK.right + (HANGING.test(line.text) ? 16 : 1));
      expect(line.yMin).toBeGreaterThanOrEqual(BLOCK.top - 2);
      expect(line.yMax).toBeLessThanOrEqual(BLOCK.bottom + 1);
    }
  });

  it('prints "— N —" about 7 mm under the block, right on odd pages and left on even, one character in', async () => {
    const pdf = renderPdf(await renderDocx(plainReport(12)));
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    pdf.lines.forEach((page, i) => {
      const number = footer(page);
      expect(number?.text.replace(/\s/g, '')).toBe(`—${i + 1}—`);
      const gapMm = (number!.yMin - BLOCK.bottom) / MM;
      expect(gapMm).toBeGreaterThan(4);
      expect(gapMm).toBeLessThan(10);
      if (i % 2 === 0) expect(Math.abs(number!.xMax - (BLOCK.right - 14))).toBeLessThan(2);
      else expect(Math.abs(number!.xMin - (BLOCK.left + 14))).toBeLessThan(2);
    });
  });

  it('breaks a long title into balanced, centred lines, the upper no longer than the lower', async () => {
    const pdf = renderPdf(await renderDocx(loadSample()));
    const [first, second] = pdf.lines[0]!;
    expect([first!.text, second!.text]).toEqual(['青石镇人民政府关于', '2025年法治政府建设情况的报告']);
    for (const line of [first!, second!]) expect(Math.abs((line.xMin + line.xMax) / 2 - CENTRE)).toBeLessThan(2);
    expect(first!.xMax - first!.xMin).toBeLessThanOrEqual(second!.xMax - second!.xMin);
    expect(Math.abs(second!.yMin - first!.yMin - PITCH)).toBeLessThan(1);
  });

  it('fits a short report on one page with signature and date placed as GB/T 9704 7.3.5.2 says', async () => {
    const pdf = renderPdf(await renderDocx(oneLineEach()));
    expect(pdf.pages).toBe(1);
    const lines = bodyLines(pdf.lines[0]!);
    const signature = lines.find((l) => l.text === '某县某镇人民政府')!;
    const date = lines.find((l) => l.text === '2026年3月4日')!;
    // The signature two characters in from the right; the date's first character exactly two characters
    // right of the signature's, as Word puts it too (the date is anchored by its left edge: gbt9704.md).
    expect(Math.abs((BLOCK.right - signature.xMax) / 15.75 - signOffIndents('某县某镇人民政府', '2026年3月4日').signature)).toBeLessThan(0.1);
    expect(Math.abs((date.xMin - signature.xMin) / 15.75 - 2)).toBeLessThan(0.1);
    expect(Math.abs(date.yMin - signature.yMin - PITCH)).toBeLessThan(1);
    expect(footer(pdf.lines[0]!)?.text.replace(/\s/g, '')).toBe('—1—');
  });

  it('prints the 版头 where GB/T 9704 7.2 puts it: the red mark 35 mm down, 发文字号 and 签发人 on one line, the title below', async () => {
    const report = { ...oneLineEach(), masthead: true, docNumber: '某府文〔2026〕8号', signers: '张三' };
    const pdf = renderPdf(await renderDocx(report));
    const lines = bodyLines(pdf.lines[0]!);
    const mark = lines.find((l) => l.text === '某县某镇人民政府文件')!;
    expect(Math.abs((mark.yMin - BLOCK.top) / MM - 35)).toBeLessThan(2);
    expect(Math.abs((mark.xMin + mark.xMax) / 2 - CENTRE)).toBeLessThan(2);
    const number = lines.find((l) => l.text.startsWith('某府文'))!;
    const signer = lines.find((l) => l.text.startsWith('签发人'))!;
    expect(Math.abs(number.yMin - signer.yMin)).toBeLessThan(1);
    expect(Math.abs(number.xMin - (BLOCK.left + 15.75))).toBeLessThan(2);
    expect(Math.abs(signer.xMax - (BLOCK.right - 15.75))).toBeLessThan(2);
    // 发文字号 two lines under the mark; the title two lines under the red line, itself on the 发文字号's line.
    const title = lines.find((l) => l.text.includes('关于'))!;
    expect(Math.round((title.yMin - number.yMin) / PITCH)).toBe(3);
    expect(number.yMin - mark.yMax).toBeGreaterThan(2 * PITCH - 5);
  });

  it('with a seal, sets the date four characters in from the right and the issuer centred above it; a 附注 follows', async () => {
    const report = { ...oneLineEach(), seal: true, note: '联系人：张三，联系电话：12345678' };
    const lines = bodyLines(renderPdf(await renderDocx(report)).lines[0]!);
    const signature = lines.find((l) => l.text === '某县某镇人民政府')!;
    const date = lines.find((l) => l.text === '2026年3月4日')!;
    expect(Math.abs((BLOCK.right - date.xMax) / 15.75 - 4)).toBeLessThan(0.6);
    expect(Math.abs((signature.xMin + signature.xMax) / 2 - (date.xMin + date.xMax) / 2)).toBeLessThan(10);
    const note = lines.find((l) => l.text.startsWith('（联系人'))!;
    expect(Math.abs(note.yMin - date.yMin - PITCH)).toBeLessThan(1);
    expect(Math.abs(note.xMin - (BLOCK.left + 2 * 15.75))).toBeLessThan(2);
  });

  it('signs a joint report with the lead issuer first, each two characters in, the date two right of the longer', async () => {
    const report = { ...oneLineEach(), signature: '中共某县某镇委员会\n某县某镇人民政府' };
    const lines = bodyLines(renderPdf(await renderDocx(report)).lines[0]!);
    const [lead, other] = ['中共某县某镇委员会', '某县某镇人民政府'].map((t) => lines.find((l) => l.text === t)!);
    const date = lines.find((l) => l.text === '2026年3月4日')!;
    expect(other!.yMin - lead!.yMin).toBeCloseTo(PITCH, 0);
    for (const issuer of [lead!, other!]) expect(Math.abs((BLOCK.right - issuer.xMax) / 15.75 - 2)).toBeLessThan(0.1);
    expect(Math.abs((date.xMin - lead!.xMin) / 15.75 - 2)).toBeLessThan(0.1);
  });

  it.each([1, 2, 10, 11, 30])('puts the 版记 of a %i-page report at the foot of an even page of its own, its last line on the bottom edge', async (pages) => {
    const report = { ...(pages === 1 ? oneLineEach() : plainReport(Math.round(pages * 1.05 * 22 / 21))), colophon: true, copyTo: '县委全面依法治县委员会办公室', printer: '某镇党政办公室', printDate: '2026-03-04' };
    const pdf = renderPdf(await renderDocx(report));
    const last = pdf.lines.at(-1)!;
    expect(last.map((l) => l.text)).toEqual(['抄送：县委全面依法治县委员会办公室。', '某镇党政办公室', '2026年3月4日印发']);
    const printed = last.find((l) => l.text === '2026年3月4日印发')!;
    expect(BLOCK.bottom - printed.yMax).toBeLessThan(6);
    expect(BLOCK.bottom - printed.yMax).toBeGreaterThan(0);
    // No page number on the 版记 page.
    expect(footer(last)).toBeUndefined();
    expect(pdf.pages).toBeGreaterThanOrEqual(pages);
    expect(pdf.pages % 2).toBe(0);
    // A page added to bring the 版记 onto an even page is blank: no text, no page number.
    const beforeLast = pdf.lines.at(-2)!;
    if (bodyLines(beforeLast).length === 0) expect(beforeLast).toEqual([]);
    else expect(footer(beforeLast)).toBeDefined();
  });
});
