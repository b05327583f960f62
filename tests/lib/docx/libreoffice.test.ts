import { describe, expect, it } from 'vitest';
import { renderDocx } from '@/lib/docx/render-docx';
import { loadSample } from '../../support/sample';
import { hasLibreOffice, renderPdf } from '../../support/libreoffice';

if (!hasLibreOffice) console.warn('LibreOffice (soffice) or pdftotext is not installed: the .docx is not rendered to PDF here. .ci/run installs both.');

const squeeze = (text: string) => text.replace(/\s+/g, '');

describe.skipIf(!hasLibreOffice)('the .docx as LibreOffice renders it', () => {
  it('opens, and shows the title, the five parts as the level-1 headings in order, the signature and the date', async () => {
    const pdf = renderPdf(await renderDocx(loadSample()));
    const text = squeeze(pdf.text);
    expect(pdf.pages).toBeGreaterThan(5);
    const expected = [
      '青石镇人民政府关于2025年法治政府建设情况的报告',
      '示例县委、县人民政府：',
      '一、2025年推进法治政府建设的主要举措和成效',
      '（一）加强组织保障，健全法治政府建设推进机制',
      '（2）召开决策听证会',
      '二、2025年推进法治政府建设存在的不足和原因',
      '（一）存在的不足',
      '三、2025年党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
      '四、2026年推进法治政府建设的主要安排',
      '五、其他需要报告的情况',
      '无。',
      '示例县青石镇人民政府',
      '2026年2月26日',
    ];
    const positions = expected.map((line) => text.indexOf(line));
    expect(positions.filter((p) => p < 0)).toEqual([]);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(pdf.text).toMatch(/—\s*1\s*—/);
  });

  it('opens a file made from hostile content', async () => {
    const report = loadSample();
    report.title = '题'.repeat(200);
    report.parts.measures.sections = [{ id: 'h', heading: '表情😀与\u0001控制符', body: '长'.repeat(20_000), children: [] }];
    const pdf = renderPdf(await renderDocx(report));
    expect(squeeze(pdf.text)).toContain('（一）表情');
    expect(pdf.pages).toBeGreaterThan(10);
  });
});
