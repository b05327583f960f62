import { describe, expect, it } from 'vitest';
import { renderDocx } from '@/lib/docx/render-docx';
import { pdfRefusal, TOO_DEEP, TOO_MUCH_DATA, UNUSUAL_FILTER } from '@/lib/import/pdf-prescan';
import { readSource } from '@/lib/import/read-source';
import { deflateSync } from 'node:zlib';
import { inflatingPdf, nestedPdf, pdfWithContent } from '../../support/hostile-files';
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
    // In a string, a comment, a hex string or an image's data, brackets are not nesting.
    const brackets = '['.repeat(500);
    const image = `5 0 obj<</Type/XObject/Subtype/Image/Width 1/Height 1/Filter/DCTDecode/Length 500>>stream\n${brackets}\nendstream endobj\n`;
    const textual = `%PDF-1.4\n%${brackets}\n1 0 obj<</Type/Catalog/Pages 2 0 R/Title(${brackets}\\))/Id<5b5b>>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n4 0 obj<</Length 20>>stream\nBT (${brackets}) Tj ET\nendstream endobj\n${image}trailer<</Root 1 0 R>>\n%%EOF`;
    expect(pdfRefusal(new TextEncoder().encode(textual))).toBeNull();
    // Page content is parsed too: deep nesting there is refused.
    expect(pdfRefusal(new TextEncoder().encode(textual.replace(`BT (${brackets}) Tj ET`, brackets)))).toBe(TOO_DEEP);
  });

  it('refuses a PDF whose page content inflates to 100 MB of blanks before PDF.js would inflate it', async () => {
    const bomb = inflatingPdf(100);
    expect(bomb.length).toBeLessThan(1_048_576);
    await expect(readSource(bomb)).rejects.toThrow('PDF 中的压缩数据展开后过大');
  });

  it('measures what PDF.js would inflate however the file hides it: chained or unusual filters, a decoy keyword, broken checksums, object streams', () => {
    const blanks = (mb: number) => deflateSync(Buffer.alloc(mb * 1_048_576, 0x20));
    const twice = deflateSync(blanks(200));
    expect(pdfRefusal(pdfWithContent(`/Length ${twice.length}/Filter[/FlateDecode/FlateDecode]`, twice))).toBe(UNUSUAL_FILTER);
    expect(pdfRefusal(pdfWithContent('/Length 4/Filter/RunLengthDecode', new Uint8Array([0x81, 0x20, 0x80, 0x80])))).toBe(UNUSUAL_FILTER);
    const big = blanks(100);
    // The word stream in a string of the stream's own dictionary does not start a stream.
    expect(pdfRefusal(pdfWithContent(`/X(stream)/Length ${big.length}/Filter/FlateDecode`, big))).toBe(TOO_MUCH_DATA);
    // A wrong checksum does not hide a stream's size: five of 20 MB each pass 64 MB together.
    const wrong = Buffer.from(blanks(20));
    wrong[wrong.length - 1]! ^= 0xff;
    const more = Buffer.concat(Array.from({ length: 4 }, (_, i) => [Buffer.from(`${5 + i} 0 obj<</Length ${wrong.length}/Filter/FlateDecode>>stream\n`), wrong, Buffer.from('\nendstream endobj\n')]).flat());
    expect(pdfRefusal(pdfWithContent(`/Length ${wrong.length}/Filter/FlateDecode`, wrong, more))).toBe(TOO_MUCH_DATA);
    // A keyword inside a name (/xstream) and endstream inside a string do not skip what lies between.
    const decoy = new TextEncoder().encode(`%PDF-1.4\n3 0 obj/xstream endobj 1 0 obj${'['.repeat(5_000)}${']'.repeat(5_000)}endobj 2 0 obj(endstream)endobj\ntrailer<</Root 1 0 R>>\n%%EOF`);
    expect(pdfRefusal(decoy)).toBe(TOO_DEEP);
    // A font's binary data is measured, not read as PDF syntax; an image is not decoded to read text at all.
    const font = deflateSync(Buffer.from('['.repeat(5_000)));
    expect(pdfRefusal(pdfWithContent(`/Length ${font.length}/Length1 5000/Filter/FlateDecode`, font))).toBeNull();
    expect(pdfRefusal(pdfWithContent(`/Subtype/Image/Width 10/Height 10/Length ${big.length}/Filter/FlateDecode`, big))).toBeNull();
    // Objects inside a compressed object stream are walked too.
    const objects = deflateSync(Buffer.from(`${'['.repeat(5_000)}${']'.repeat(5_000)}`));
    expect(pdfRefusal(pdfWithContent(`/Type/ObjStm/N 1/First 0/Length ${objects.length}/Filter/FlateDecode`, objects))).toBe(TOO_DEEP);
  });
});
