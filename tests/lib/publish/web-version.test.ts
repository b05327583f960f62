import { describe, expect, it } from 'vitest';
import { webHtml, webLines, webText } from '@/lib/publish/web-version';
import { getTemplate } from '@/lib/template/get-template';
import { loadSample } from '../../support/sample';

const template = getTemplate();
const htmlOf = (report = loadSample()) => webHtml(webLines(report, template));

describe('the web version', () => {
  it('is the title, recipient, opening, numbered headings a level below the title, body and sign-off, one element a line', () => {
    const lines = htmlOf().trimEnd().split('\n');
    expect(lines[0]).toBe('<h1>青石镇人民政府关于2025年法治政府建设情况的报告</h1>');
    expect(lines[1]).toBe('<p>示例县委、县人民政府：</p>');
    expect(lines[2]).toMatch(/^<p>2025年，我镇.*报告如下：<\/p>$/);
    expect(lines[3]).toBe('<h2>一、2025年推进法治政府建设的主要举措和成效</h2>');
    expect(lines[4]).toBe('<h3>（一）加强组织保障，健全法治政府建设推进机制</h3>');
    expect(lines[5]).toBe('<h4>1.健全工作机构</h4>');
    expect(lines.slice(-4)).toEqual(['<h2>五、其他需要报告的情况</h2>', '<p>无。</p>', '<p>示例县青石镇人民政府</p>', '<p>2026年2月26日</p>']);
    expect(lines.every((l) => /^<(h[1-4]|p)>[^<>]+<\/\1>$/.test(l))).toBe(true);
    expect(htmlOf()).not.toMatch(/style|class=/);
  });

  it('gives the sections the level-1 headings when they are the structure', () => {
    const report = loadSample();
    report.layout = 'flat';
    const headings = htmlOf(report).split('\n').filter((l) => l.startsWith('<h2>'));
    expect(headings[0]).toBe('<h2>一、加强组织保障，健全法治政府建设推进机制</h2>');
  });

  it('puts a fourth-level heading in an h4 too', () => {
    const report = loadSample();
    report.parts.measures.sections[0]!.children[0]!.children = [{ id: 'deep', heading: '细化分工', body: '正文。', children: [] }];
    expect(htmlOf(report)).toContain('<h4>（1）细化分工</h4>\n<p>正文。</p>');
  });

  it('escapes what the clerk typed', () => {
    const report = loadSample();
    report.title = '关于<script>alert("x")</script>的报告 & 附件';
    report.parts.measures.sections[0]!.body = `a<b>&c'd"e`;
    const html = htmlOf(report);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&amp;');
    expect(html).toMatch(/<p>a&lt;b&gt;&amp;c(&#39;|‘|’)d(&quot;|“|”)e<\/p>/);
  });

  it('has no empty paragraph, whatever blank lines the text holds', () => {
    const report = loadSample();
    report.opening = '\n  \n导语。\n\u3000\n';
    report.parts.measures.sections[0]!.body = '\n\n第一段。\n   \n第二段。\n';
    report.recipient = '   ';
    const html = htmlOf(report);
    expect(html).not.toMatch(/<(p|h[1-4])>\s*<\/\1>/);
    expect(html).toContain('<p>导语。</p>\n<h2>');
    expect(html).toContain('<p>第一段。</p>\n<p>第二段。</p>');
  });

  it('carries no 版头, seal, 版记 or 附注, and signs off one issuer a line', () => {
    const report = loadSample();
    Object.assign(report, {
      masthead: true,
      mastheadMark: '青石镇人民政府',
      docNumber: '青府文〔2026〕8号',
      signers: '王某某',
      seal: true,
      signature: '中共青石镇委员会\n青石镇人民政府',
      colophon: true,
      copyTo: '县委全面依法治县委员会办公室',
      printer: '青石镇党政办公室',
      printDate: '2026-02-27',
      note: '联系人：某某，联系电话：023-12345678',
    });
    const html = htmlOf(report);
    for (const paperOnly of ['青府文', '王某某', '抄送', '县委全面依法治县委员会办公室', '党政办公室', '印发', '联系人', '023-12345678', '人民政府文件']) expect(html).not.toContain(paperOnly);
    expect(html.trimEnd().split('\n').slice(-3)).toEqual(['<p>中共青石镇委员会</p>', '<p>青石镇人民政府</p>', '<p>2026年2月26日</p>']);
  });

  it('as plain text has the same lines', () => {
    const report = loadSample();
    report.title = 'A & B <c>';
    const lines = webLines(report, template);
    const text = webText(lines);
    expect(text.split('\n').slice(0, -1)).toEqual(lines.map((l) => l.text));
    expect(text.startsWith('A & B <c>\n')).toBe(true);
    expect(text.split('\n')).toHaveLength(htmlOf(report).split('\n').length);
  });
});
