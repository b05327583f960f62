import { describe, expect, it } from 'vitest';
import { importedReport } from '@/lib/import/imported-report';
import { proposeImport } from '@/lib/import/propose-import';
import { readSource } from '@/lib/import/read-source';
import { ZReport } from '@/lib/report/schema';
import { getTemplate } from '@/lib/template/get-template';
import { fixture, summaryOf } from '../../support/import';

describe('importing a report pasted from a web page, in seven parts', () => {
  it('drops the page furniture, finds title, recipient, signature and date, and maps the seven sections onto five parts', async () => {
    expect(await summaryOf(fixture('seven-parts-web.txt'))).toEqual({
      unit: '某县某镇人民政府',
      year: 2024,
      title: '某县某镇人民政府关于2024年法治政府建设情况的报告',
      recipient: '县委、县人民政府',
      signature: '某县某镇人民政府',
      date: '2025-02-20',
      parts: {
        measures: ['一、加强组织领导', '二、严格规范执法', '三、深化普法宣传', '四、化解矛盾纠纷'],
        shortcomings: ['六、存在的不足和原因'],
        leadership: ['五、党政主要负责人履行推进法治建设第一责任人职责情况'],
        plans: ['七、2025年工作打算'],
        other: [],
      },
      missing: ['other'],
      dropped: ['首页 > 政务公开 > 法治政府建设年度报告', '字号：大 中 小', '来源：某县某镇人民政府', '打印本页 关闭窗口', '版权所有：某县人民政府 技术支持：某公司'],
    });
  });

  it('keeps subsections and their text, headings without their hand-typed numbers, and is a valid report', async () => {
    const template = getTemplate();
    const report = importedReport(proposeImport(await readSource(fixture('seven-parts-web.txt')), template), template);
    expect(ZReport.safeParse(report).success).toBe(true);
    const first = report.parts.measures.sections[0]!;
    expect(first.heading).toBe('加强组织领导');
    expect(first.children.map((c) => [c.heading, c.body])).toEqual([
      ['健全工作机制', '成立法治政府建设领导小组，由镇长任组长。'],
      ['压实工作责任', '将法治建设纳入年度考核。'],
    ]);
    expect(report.opening).toBe('2024年，我镇在县委、县政府的领导下，扎实推进法治政府建设。现将有关情况报告如下：');
  });

  it('brings back a dropped line the clerk restores', async () => {
    const lines = await readSource(fixture('seven-parts-web.txt'));
    const proposal = proposeImport(lines, getTemplate(), new Set([2]));
    expect(proposal.dropped.map((d) => d.text)).not.toContain('来源：某县某镇人民政府');
  });
});

describe('importing a three-part report with numbered sub-items', () => {
  it('splits "1. 推进依法决策。重大事项……" into a heading and its text, and reads a GBK file the same as UTF-8', async () => {
    const utf8 = await summaryOf(fixture('three-parts-numbered.txt'));
    expect(utf8).toMatchObject({
      title: '某乡2023年度法治政府建设情况报告',
      unit: '某乡',
      year: 2023,
      signature: '某乡人民政府',
      date: '2024-01-15',
      parts: { measures: ['一、主要工作开展情况'], shortcomings: ['二、存在的主要问题'], plans: ['三、下一步工作计划'] },
      missing: ['leadership', 'other'],
    });
    expect(await summaryOf(fixture('three-parts-gbk.txt'))).toEqual(utf8);
    // The same text saved by LibreOffice as a Word 97-2003 .doc.
    expect(await summaryOf(fixture('three-parts.doc'))).toEqual(utf8);
    const template = getTemplate();
    const report = importedReport(proposeImport(await readSource(fixture('three-parts-numbered.txt')), template), template);
    expect(report.unitKind).toBe('乡');
    expect(report.parts.measures.sections[0]!.children.map((c) => [c.heading, c.body])).toEqual([
      ['推进依法决策', '重大事项全部经过合法性审查。'],
      ['规范行政执法', '全年无行政复议纠错案件。'],
    ]);
  });
});

describe('importing a report whose level-1 headings are the five parts themselves', () => {
  const template = getTemplate();
  const imported = async (name: string) => importedReport(proposeImport(await readSource(fixture(name)), template), template);

  it('keeps that shape: the parts are the structure, and the （一） sections under each are the part\'s sections', async () => {
    const report = await imported('five-parts-as-headings.txt');
    expect(ZReport.safeParse(report).success).toBe(true);
    expect(report.layout).toBe('parts');
    const headings = (key: keyof typeof report.parts) => report.parts[key].sections.map((s) => s.heading);
    // The text under a part heading before its first （一） stays first, with no heading of its own.
    expect(headings('measures')).toEqual(['', '深入学习贯彻习近平法治思想', '严格规范公正文明执法']);
    expect(report.parts.measures.sections[0]!.body).toBe('全年法治政府建设各项任务有序推进。');
    expect(report.parts.measures.sections[1]!.children.map((c) => c.heading)).toEqual(['抓好领导干部学法']);
    expect(headings('shortcomings')).toEqual(['存在的不足', '原因分析']);
    expect(headings('leadership')).toEqual(['']);
    expect(report.parts.leadership.sections[0]!.body).toBe('乡党委书记、乡长认真履行第一责任人职责，带头讲法治课2次。');
    expect(headings('plans')).toEqual(['加强执法队伍建设', '深化普法宣传']);
    expect(report.parts.other).toEqual({ sections: [], none: true, done: false });
  });

  it('keeps topics as the level-1 headings when one heading with sub-sections is a topic, whatever words it shares with a part', async () => {
    const text = ['一、2024年推进法治政府建设的主要举措和成效', '（一）加强组织领导', '召开专题会议4次。', '二、严格规范执法，法治建设成效明显', '（一）规范执法程序', '全年办理案件31件。', '三、存在的不足和原因', '执法力量不足。'].join('\n');
    const report = importedReport(proposeImport(await readSource(new TextEncoder().encode(text)), template), template);
    expect(report.layout).toBe('flat');
    expect(report.parts.measures.sections.map((s) => s.heading)).toEqual(['2024年推进法治政府建设的主要举措和成效', '严格规范执法，法治建设成效明显']);
  });

  it('keeps topics as the level-1 headings when last year\'s report numbered them on through the report', async () => {
    const report = await imported('seven-parts-web.txt');
    expect(report.layout).toBe('flat');
    expect(report.parts.leadership.sections.map((s) => s.heading)).toEqual(['党政主要负责人履行推进法治建设第一责任人职责情况']);
  });
});

describe('importing a report as a web page wraps it', () => {
  it('takes the document\'s own two-line title over the page\'s headline, keeps the sign-off when page lines follow it, and reads a date in Chinese numerals', async () => {
    const summary = await summaryOf(fixture('web-page-around-report.txt'));
    expect(summary).toMatchObject({
      unit: '某某县某某乡人民政府',
      year: 2024,
      title: '某某县某某乡人民政府关于2024年度法治政府建设情况的报告',
      recipient: null,
      signature: '某某县某某乡人民政府',
      date: '2025-02-18',
      parts: { measures: ['一、2024年度推进法治政府建设的主要举措和成效'], shortcomings: ['二、存在的不足和原因'], plans: ['三、2025年工作安排'] },
      // The information table is read, not listed; the lines before the title and after the date are the page's.
      dropped: ['某某县人民政府门户网站', '当前位置：首页 > 政务公开 > 法治政府建设年度报告', '某某县某某乡2024年度法治政府建设情况报告', '- 相关新闻', '【打印本页】', '关闭窗口'],
    });
  });

  it('finds the unit in the opening sentence when neither title nor signature names it', async () => {
    const text = ['2024年度法治政府建设情况报告', '2024年，在县委、县政府的坚强领导下，县市场监管局坚持依法行政。现将有关情况报告如下：', '一、主要举措和成效', '全年办理案件12件。'].join('\n');
    expect((await summaryOf(new TextEncoder().encode(text))).unit).toBe('县市场监管局');
    const township = ['2021年，新华街道坚持以习近平法治思想为指导。', '一、主要举措和成效', '全年办理案件12件。'].join('\n');
    expect((await summaryOf(new TextEncoder().encode(township))).unit).toBe('新华街道');
    const ours = ['2021年，我镇坚持以习近平法治思想为指导。', '一、主要举措和成效', '全年办理案件12件。'].join('\n');
    expect((await summaryOf(new TextEncoder().encode(ours))).unit).toBeNull();
  });
});
