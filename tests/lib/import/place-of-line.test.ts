import { describe, expect, it } from 'vitest';
import { placeOfLine } from '@/lib/import/place-of-line';
import { proposeImport } from '@/lib/import/propose-import';
import { readSource } from '@/lib/import/read-source';
import { getTemplate } from '@/lib/template/get-template';
import { fixture } from '../../support/import';

describe('where a line brought back now stands', () => {
  it('names the title, the opening, a heading or the text under a heading', async () => {
    const lines = await readSource(fixture('seven-parts-web.txt'));
    const keepAt = (text: string) => new Set([lines.findIndex((l) => l.text === text)]);
    const restored = (text: string) => placeOfLine(proposeImport(lines, getTemplate(), keepAt(text)), text);
    expect(restored('来源：某县某镇人民政府')).toBe('开头的一段');
    expect(restored('打印本页 关闭窗口')).toBe('“七、2025年工作打算”下的正文');
    const proposal = proposeImport(lines, getTemplate());
    expect(placeOfLine(proposal, '二、严格规范执法')).toBe('一级标题“二、严格规范执法”');
    expect(placeOfLine(proposal, '某县某镇人民政府关于2024年法治政府建设情况的报告')).toBe('标题');
  });
});
