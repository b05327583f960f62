import { describe, expect, it } from 'vitest';
import { renderDocx } from '@/lib/docx/render-docx';
import { readSource } from '@/lib/import/read-source';
import { inflatingPdf, nestedPdf } from '../../support/hostile-files';
import { fixture, summaryOf } from '../../support/import';
import { hasLibreOffice, pdfOf } from '../../support/libreoffice';
import { loadSample } from '../../support/sample';

const texts = async (bytes: Uint8Array) => (await readSource(bytes)).map((l) => l.text);

describe('importing last year\'s report as a PDF from the government website', () => {
  it('rebuilds a 33-page PDF\'s paragraphs from the text positions, without page numbers', async () => {
    const pdf = fixture('thirty-pages.pdf');
    const lines = await texts(pdf);
    expect(lines.filter((l) => /^[—-]\s*\d+\s*[—-]$/.test(l))).toEqual([]);
    expect(lines.slice(0, 3)).toEqual(['青石镇人民政府关于2025年法治政府建设情况的报告', '示例县委、县人民政府：', expect.stringMatching(/^2025年，我镇在县委、县人民政府的坚强领导下.*报告如下：$/)]);
    expect(lines.slice(-2)).toEqual(['示例县青石镇人民政府', '2026年2月26日']);
    expect(await summaryOf(pdf)).toMatchObject({
      unit: '青石镇人民政府',
      year: 2025,
      signature: '示例县青石镇人民政府',
      date: '2026-02-26',
      parts: { other: ['五、其他需要报告的情况'] },
      missing: [],
      dropped: [],
    });
  });

  it.runIf(hasLibreOffice)('reads the PDF LibreOffice makes of a report as the same paragraphs as the .docx itself', async () => {
    const docx = await renderDocx(loadSample(), { draft: false });
    const [first, second, ...rest] = (await texts(docx)).filter((t) => t !== '');
    const [title, ...paragraphs] = await texts(pdfOf(docx));
    // The .docx holds the title's two lines as two paragraphs; the PDF, centred lines of one size.
    expect(title).toBe(`${first}${second}`);
    // LibreOffice leaves a comma that hangs at a line's end out of the PDF's text layer: paragraphs are
    // compared without their commas.
    const withoutCommas = (lines: string[]) => lines.map((l) => l.replace(/[，、]/g, ''));
    expect(withoutCommas(paragraphs)).toEqual(withoutCommas(rest));
  });

  it.runIf(hasLibreOffice)('refuses a PDF with an opening password, saying so', async () => {
    const docx = await renderDocx(loadSample(), { draft: false });
    const locked = pdfOf(docx, { EncryptFile: true, DocumentOpenPassword: 'nianbao' });
    await expect(readSource(locked)).rejects.toThrow('PDF 有密码保护');
  });

  it('says a PDF without a text layer is a scan, and a file that is a PDF in name only cannot be read', async () => {
    const page = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF';
    await expect(readSource(new TextEncoder().encode(page))).rejects.toThrow('看起来是扫描件');
    await expect(readSource(new TextEncoder().encode('%PDF-1.7 这不是 PDF'))).rejects.toThrow('无法读取这个 PDF 文件');
  });

  it('refuses a PDF nested deeper than any real one before PDF.js reads it, and reads one nested as deep as allowed', async () => {
    await expect(readSource(nestedPdf(5_000_000))).rejects.toThrow('PDF 的结构嵌套过深');
    await expect(readSource(nestedPdf(101))).rejects.toThrow('PDF 的结构嵌套过深');
    await expect(readSource(nestedPdf(100))).rejects.toThrow('无法读取这个 PDF 文件');
    // In a string, a comment or a stream, brackets are text, not nesting: PDF.js reads this file (and
    // finds its content stream broken).
    const brackets = '['.repeat(500);
    const textual = `%PDF-1.4\n%${brackets}\n1 0 obj<</Type/Catalog/Pages 2 0 R/Title(${brackets}\\))>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n4 0 obj<</Length 500>>stream\n${brackets}\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF`;
    await expect(readSource(new TextEncoder().encode(textual))).rejects.toThrow('无法读取这个 PDF 文件');
  });

  it('refuses a PDF whose page content inflates to 100 MB of blanks before PDF.js would inflate it', async () => {
    const bomb = inflatingPdf(100);
    expect(bomb.length).toBeLessThan(1_048_576);
    await expect(readSource(bomb)).rejects.toThrow('PDF 中的压缩数据展开后过大');
  });
});
