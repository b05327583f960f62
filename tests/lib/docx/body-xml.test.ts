import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { bodyXml } from '@/lib/docx/body-xml';
import { CHAR } from '@/lib/docx/geometry';
import { HEADING_STYLES, STYLE } from '@/lib/docx/styles';
import type { TBlock } from '@/lib/report/document-blocks';

// The docx library as the oracle: the paragraphs it writes for the same blocks, with the same options the
// renderer gave it before the body was written as text.
type TParagraphBlock = Extract<TBlock, { kind: 'title' | 'blank' | 'recipient' | 'body' | 'heading' | 'signature' | 'date' }>;

function libraryParagraph(block: TParagraphBlock): Paragraph {
  const para = (style: string, text: string, right?: number) =>
    new Paragraph({ style, widowControl: false, ...(right === undefined ? {} : { indent: { right: Math.round(right * CHAR) } }), children: text ? [new TextRun(text)] : [] });
  switch (block.kind) {
    case 'title':
      return new Paragraph({ style: STYLE.title, alignment: AlignmentType.CENTER, widowControl: false, children: block.lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })) });
    case 'blank':
      return para(STYLE.body, '');
    case 'recipient':
      return para(STYLE.recipient, block.text);
    case 'body':
      return para(STYLE.body, block.text);
    case 'heading':
      return para(HEADING_STYLES[block.level - 1]!, block.text);
    case 'signature':
    case 'date': {
      const style = block.kind === 'signature' ? STYLE.signature : STYLE.date;
      if ('right' in block.at) return para(style, block.text, block.at.right);
      return new Paragraph({ style, widowControl: false, indent: { left: Math.round(block.at.left * CHAR), right: 0 }, alignment: AlignmentType.LEFT, children: [new TextRun(block.text)] });
    }
  }
}

async function libraryBody(blocks: TParagraphBlock[]): Promise<string> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(new Document({ sections: [{ children: blocks.map(libraryParagraph) }] })));
  const xml = (await zip.file('word/document.xml')!.async('string'));
  return xml.slice(xml.indexOf('<w:body>') + '<w:body>'.length, xml.indexOf('<w:sectPr'));
}

describe('the body written as text', () => {
  it('is the markup the docx library writes for every kind of block, escapes included', async () => {
    const blocks: TParagraphBlock[] = [
      { kind: 'title', lines: ['青石镇人民政府关于', '2025年法治政府建设情况的报告'] },
      { kind: 'blank' },
      { kind: 'recipient', text: '示例县委、县人民政府：' },
      { kind: 'body', text: 'A&B<C>"D\'E 正文，  两个空格' },
      { kind: 'body', text: '' },
      ...([1, 2, 3, 4] as const).map((level): TParagraphBlock => ({ kind: 'heading', level, text: `${level}级标题` })),
      { kind: 'signature', text: '示例县青石镇人民政府', at: { right: 2 } },
      { kind: 'date', text: '2026年2月26日', at: { left: 18.08 } },
      { kind: 'date', text: '2026年12月31日', at: { right: 2 } },
    ];
    expect(bodyXml(blocks)).toEqual({ numbered: await libraryBody(blocks), unnumbered: null });
  });
});
