import { describe, expect, it } from 'vitest';
import { renderDocx } from '@/lib/docx/render-docx';
import type { TReport } from '@/lib/report/schema';
import { loadSample } from '../../support/sample';
import { paragraphs, readDocx } from '../../support/docx-xml';

async function render(report: TReport) {
  const files = await readDocx(await renderDocx(report));
  return { ...files, paras: paragraphs(files.document) };
}

describe('rendering a report to .docx', () => {
  it('writes title, recipient, opening, the five parts as the level-1 headings in order, signature and date', async () => {
    const { paras } = await render(loadSample());
    const texts = paras.map((p) => p.text).filter(Boolean);
    expect(texts[0]).toBe('青石镇人民政府关于2025年法治政府建设情况的报告');
    expect(texts[1]).toBe('示例县委、县人民政府：');
    expect(texts[2]).toMatch(/^2025年，我镇.*报告如下：$/);
    const parts = paras.filter((p) => p.style === 'NbHeading1').map((p) => p.text);
    expect(parts).toEqual([
      '一、2025年推进法治政府建设的主要举措和成效',
      '二、2025年推进法治政府建设存在的不足和原因',
      '三、2025年党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
      '四、2026年推进法治政府建设的主要安排',
      '五、其他需要报告的情况',
    ]);
    const order = ['一、2025年推进', '（一）加强组织保障', '二、2025年推进', '（一）存在的不足', '（二）原因分析', '三、2025年党政', '（一）亲自部署推进', '四、2026年', '（一）持续深化', '五、其他需要报告的情况'];
    const positions = order.map((start) => texts.findIndex((t) => t.startsWith(start)));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(texts.at(-3)).toBe('无。');
    expect(texts.slice(-2)).toEqual(['示例县青石镇人民政府', '2026年2月26日']);
  });

  it('in the flat style, numbers the sections as level-1 headings through the report, with no part headings', async () => {
    const { paras } = await render({ ...loadSample(), layout: 'flat' });
    const level1 = paras.filter((p) => p.style === 'NbHeading1').map((p) => p.text);
    expect(level1.slice(0, 2)).toEqual(['一、加强组织保障，健全法治政府建设推进机制', '二、深入学习贯彻习近平法治思想，筑牢法治政府建设思想根基']);
    expect(level1).toHaveLength(22);
    expect(level1.slice(10, 13)).toEqual(['十一、存在的不足', '十二、原因分析', '十三、亲自部署推进']);
    expect(level1.at(-1)).toBe('二十二、其他需要报告的情况');
  });

  it('prints a part heading the clerk reworded, and the template\'s for the others', async () => {
    const report = loadSample();
    report.partHeadings.measures = '主要举措和成效';
    const level1 = (await render(report)).paras.filter((p) => p.style === 'NbHeading1').map((p) => p.text);
    expect(level1[0]).toBe('一、主要举措和成效');
    expect(level1[1]).toBe('二、2025年推进法治政府建设存在的不足和原因');
  });

  it('numbers and styles every heading level from the structure', async () => {
    const { paras } = await render(loadSample());
    const styleOf = (start: string) => paras.find((p) => p.text.startsWith(start))?.style;
    expect(styleOf('一、2025年推进')).toBe('NbHeading1');
    expect(styleOf('（一）加强组织保障')).toBe('NbHeading2');
    expect(styleOf('1.健全工作机构')).toBe('NbHeading3');
    expect(styleOf('（1）落实公众参与和专家论证')).toBe('NbHeading4');
    expect(styleOf('（2）召开决策听证会')).toBe('NbHeading4');
    expect(styleOf('调整充实镇全面依法治镇委员会')).toBe('NbBody');
  });

  it('puts each line of a section body in a paragraph of its own', async () => {
    const report = loadSample();
    report.parts.other = { none: false, done: false, sections: [{ id: 'x', heading: '其他', body: '第一段。\n\n  第二段。  \n', children: [] }] };
    const texts = (await render(report)).paras.map((p) => p.text);
    const at = texts.indexOf('（一）其他');
    expect(texts.slice(at + 1, at + 3)).toEqual(['第一段。', '第二段。']);
  });

  it('lays out an A4 page with GB/T 9704 margins, a 22-line grid and odd/even page numbers', async () => {
    const { document, settings, footers } = await render(loadSample());
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(document).toMatch(/<w:docGrid w:type="lines" w:linePitch="579"/);
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(footer).toContain('PAGE');
      expect(footer).toContain('— ');
    }
    expect(footers.some((f) => f.includes('w:val="right"'))).toBe(true);
    expect(footers.some((f) => f.includes('w:val="left"'))).toBe(true);
  });

  it('names the East Asian fonts at 3号 for body and headings and 2号 for the title, with exact line spacing', async () => {
    const { styles } = await render(loadSample());
    const styleXml = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
    expect(styleXml('NbBody')).toContain('w:eastAsia="仿宋_GB2312"');
    expect(styleXml('NbBody')).toContain('<w:sz w:val="32"/>');
    expect(styleXml('NbBody')).toMatch(/<w:spacing [^>]*w:line="579"[^>]*w:lineRule="exact"/);
    expect(styleXml('NbBody')).toContain('w:firstLine="630"');
    expect(styleXml('NbTitle')).toContain('w:eastAsia="方正小标宋简体"');
    expect(styleXml('NbTitle')).toContain('<w:sz w:val="44"/>');
    expect(styleXml('NbHeading1')).toContain('w:eastAsia="黑体"');
    expect(styleXml('NbHeading2')).toContain('w:eastAsia="楷体_GB2312"');
    expect(styleXml('NbHeading1')).toContain('<w:keepNext/>');
    expect(styles).toContain('w:ascii="Times New Roman"');
  });

  it('still writes a valid file from hostile content: huge paragraphs, control characters, emoji, a long title, empty parts', async () => {
    const report = loadSample();
    report.title = '题'.repeat(200);
    report.parts.measures.sections = [{ id: 'h', heading: '表情😀与\u0001控制符', body: `${'长'.repeat(100_000)}\n🎉`, children: [] }];
    report.parts.shortcomings.sections = [];
    report.parts.other.none = false;
    const { paras, document } = await render(report);
    expect(document).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(paras.some((p) => p.text === '（一）表情😀与控制符')).toBe(true);
    expect(paras.some((p) => p.text.length === 100_000)).toBe(true);
    expect(paras.some((p) => p.text.startsWith('二、'))).toBe(true);
  });
});
