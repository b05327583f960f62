import { deflateRawSync } from 'node:zlib';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { compoundFileChainsEnd } from '@/lib/import/compound-file';
import { docxLines } from '@/lib/import/docx-lines';
import { IMPORT_LIMITS } from '@/lib/import/limits';
import { readSource } from '@/lib/import/read-source';
import { cyclicDoc, docxWithBody, unclosedParagraphsDocx } from '../../support/hostile-files';
import { fixture, summaryOf } from '../../support/import';

async function wordNumbered(): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'headings',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: '某镇人民政府关于2024年法治政府建设情况的报告' }),
          new Paragraph({ text: '主要举措和成效', numbering: { reference: 'headings', level: 0 } }),
          new Paragraph({ text: '健全制度', numbering: { reference: 'headings', level: 1 } }),
          new Paragraph({ text: '制定工作规则。' }),
          new Paragraph({ text: '党政主要负责人履行第一责任人职责情况', numbering: { reference: 'headings', level: 0 } }),
          new Paragraph({ text: '存在的不足和原因', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '人员不足。' }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

async function zip(files: Record<string, string | Uint8Array>, options: JSZip.JSZipGeneratorOptions<'uint8array'> = {}): Promise<Uint8Array> {
  const z = new JSZip();
  for (const [name, data] of Object.entries(files)) z.file(name, data);
  return z.generateAsync({ type: 'uint8array', compression: 'DEFLATE', ...options });
}

const BODY = (xml: string) => `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${xml}</w:body></w:document>`;

describe('reading a .docx', () => {
  it("writes out Word's automatic numbering and takes levels from heading styles", async () => {
    const lines = docxLines(await wordNumbered()).map((l) => l.text);
    expect(lines).toContain('一、主要举措和成效');
    expect(lines).toContain('（一）健全制度');
    expect(lines).toContain('二、党政主要负责人履行第一责任人职责情况');
    const summary = await summaryOf(await wordNumbered());
    expect(summary.parts).toMatchObject({
      measures: ['一、主要举措和成效'],
      leadership: ['二、党政主要负责人履行第一责任人职责情况'],
      shortcomings: ['存在的不足和原因'],
    });
  });

  it('keeps entities, tabs and line breaks as text, and ignores deleted text', () => {
    const xml = BODY('<w:p><w:r><w:t>甲&amp;乙&#x4E19;</w:t><w:tab/><w:t>丁</w:t><w:br/><w:t>戊</w:t><w:delText>删去</w:delText></w:r></w:p>');
    return zip({ 'word/document.xml': xml }).then((bytes) => expect(docxLines(bytes).map((l) => l.text)).toEqual(['甲&乙丙 丁', '戊']));
  });
});

describe('bad input gets a clear Chinese message and no report', () => {
  const refused = async (bytes: Uint8Array) => {
    try {
      await readSource(bytes);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('accepted');
  };

  it('an empty file', async () => {
    expect(await refused(new Uint8Array())).toContain('文件是空的');
  });

  it('a file that is a PDF in name only, or an image renamed .docx', async () => {
    expect(await refused(new TextEncoder().encode('%PDF-1.7 ...'))).toContain('无法读取这个 PDF 文件');
    expect(await refused(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toContain('这是图片文件');
  });

  it('a corrupt or truncated .docx', async () => {
    const whole = await wordNumbered();
    expect(await refused(whole.subarray(0, Math.floor(whole.length / 2)))).toContain('文件已损坏或不完整');
  });

  it('a zip that is not a Word document', async () => {
    expect(await refused(await zip({ 'xl/workbook.xml': '<workbook/>' }))).toContain('不是 Word 文档');
  });

  it('a zip bomb: a small file that inflates far past any report', async () => {
    // 64 MB of spaces deflated, in an entry that claims to be 1,000 bytes: the inflate limit must stop it.
    const huge = deflateRawSync(Buffer.alloc(64 * 1_048_576, 0x20));
    const crafted = await craftDeflatedEntry('word/document.xml', huge);
    expect(crafted.length).toBeLessThan(200_000);
    expect(await refused(crafted)).toContain('解压后过大');
  });

  it('an XML entity bomb', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>${BODY('<w:p><w:r><w:t>&b;</w:t></w:r></w:p>').replace('<?xml version="1.0"?>', '')}`;
    expect(await refused(await zip({ 'word/document.xml': xml }))).toContain('实体定义');
  });

  it('a password-protected Word file', async () => {
    const header = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const stream = new Uint8Array(Buffer.from('EncryptionInfo', 'utf16le'));
    const file = new Uint8Array(1024);
    file.set(header);
    file.set(stream, 512);
    expect(await refused(file)).toContain('密码保护');
  });

  it('an upload over 10 MB', async () => {
    expect(await refused(new Uint8Array(11 * 1_048_576).fill(0x41))).toContain('超过 10 MB');
  });

  it('a binary file that is none of these', async () => {
    expect(await refused(new Uint8Array([1, 2, 0, 4, 5]))).toContain('无法识别这个文件的格式');
  });
});

/** A one-entry zip whose entry is the given deflate stream, written by hand. */
function craftDeflatedEntry(name: string, deflated: Buffer): Promise<Uint8Array> {
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt32LE(1000, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(deflated.length, 20);
  central.writeUInt32LE(1000, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = local.length + nameBytes.length + deflated.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return Promise.resolve(new Uint8Array(Buffer.concat([local, nameBytes, deflated, central, nameBytes, end])));
}

describe('reading the XML of a .docx with a streaming parser', () => {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

  it("reads a text box's paragraphs once, though Word also writes them as fallback content", async () => {
    const box = '<w:txbxContent><w:p><w:r><w:t>框内文字</w:t></w:r></w:p></w:txbxContent>';
    const xml = BODY(
      `<w:p><w:r><w:t>正文前</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps">${box}</mc:Choice><mc:Fallback>${box}</mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>正文后</w:t></w:r></w:p>`,
    );
    expect(docxLines(await zip({ 'word/document.xml': xml })).map((l) => l.text)).toEqual(['框内文字', '正文前正文后']);
  });

  it('reads WordprocessingML under any prefix, and the heading level of the paragraph, not of a tracked former style', async () => {
    const xml = `<x:document xmlns:x="${W}"><x:body><x:p><x:pPr><x:outlineLvl x:val="0"/><x:pPrChange><x:pPr><x:outlineLvl x:val="2"/></x:pPr></x:pPrChange></x:pPr><x:r><x:t>一、主要举措</x:t></x:r></x:p></x:body></x:document>`;
    expect(docxLines(await zip({ 'word/document.xml': xml }))).toEqual([{ text: '一、主要举措', level: 1 }]);
  });

  const refusal = (bytes: Uint8Array) => {
    try {
      docxLines(bytes);
    } catch (error) {
      return error as Error & { status: number };
    }
    throw new Error('accepted');
  };

  it('refuses 160,000 paragraphs opened and never closed, as a corrupt file, without reading them all', async () => {
    const bytes = await unclosedParagraphsDocx(160_000);
    expect(bytes.length).toBeLessThan(10_000);
    expect(refusal(bytes).message).toContain('嵌套层数过多');
  });

  it('refuses markup that is not well-formed XML as a corrupt file', async () => {
    expect(refusal(await docxWithBody('<w:p><w:r><w:t>甲</w:p>')).message).toContain('文件已损坏');
  });

  it(`refuses more than ${IMPORT_LIMITS.paragraphs} paragraphs, and more text than any report, saying so`, async () => {
    const paragraphs = refusal(await docxWithBody('<w:p><w:r><w:t>段</w:t></w:r></w:p>'.repeat(IMPORT_LIMITS.paragraphs + 1)));
    expect(paragraphs).toMatchObject({ status: 413, message: expect.stringContaining('段落超过') });
    const text = refusal(await docxWithBody(`<w:p><w:r><w:t>${'字'.repeat(IMPORT_LIMITS.textChars + 1)}</w:t></w:r></w:p>`));
    expect(text).toMatchObject({ status: 413, message: expect.stringContaining('文字过多') });
  });
});

describe('the sector chains of a .doc', () => {
  it('end in the fixture Word wrote, and a chain linked back on itself is found', () => {
    expect(compoundFileChainsEnd(fixture('three-parts.doc'))).toBe(true);
    expect(compoundFileChainsEnd(cyclicDoc())).toBe(false);
  });

  it('a truncated or garbage compound file is not sound', () => {
    const doc = fixture('three-parts.doc');
    expect(compoundFileChainsEnd(doc.subarray(0, 600))).toBe(false);
    const garbage = new Uint8Array(4096).fill(0xff);
    garbage.set(doc.subarray(0, 8));
    expect(compoundFileChainsEnd(garbage)).toBe(false);
  });
});

describe('nesting in content the reader skips', () => {
  it('is bounded too: a .docx nested past the limit inside mc:Fallback is refused', async () => {
    const open = '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Fallback>';
    const bytes = await docxWithBody(`<w:p>${open}${'<w:x>'.repeat(IMPORT_LIMITS.xmlDepth)}`);
    expect(() => docxLines(bytes)).toThrow(/嵌套层数过多/);
  });
});
