import { describe, expect, it } from 'vitest';
import { normalizedLines } from '@/lib/import/normalize-text';
import { summaryOf } from '../../support/import';

const lines = (...texts: string[]) => normalizedLines(texts.map((text) => ({ text }))).map((l) => l.text);

describe('text copied from a PDF or a web page, made plain again', () => {
  it('closes up Chinese spaced out a character at a time, and keeps the spaces of a line with words in it', () => {
    expect(lines('某 某 镇 人 民 政 府 关 于 2 0 2 4 年 法 治 政 府 建 设 情 况 的 报 告')).toEqual(['某某镇人民政府关于2024年法治政府建设情况的报告']);
    expect(lines('全镇推进 ISO 9001 质量管理体系认证，办理 Word 文件 12 份。')).toEqual(['全镇推进 ISO 9001 质量管理体系认证，办理 Word 文件 12 份。']);
  });

  it('splits a report run together on one line where its lines began, and imports it', async () => {
    const flat =
      '某某县某某镇人民政府关于2024年法治政府建设情况的报告县委、县人民政府：2024年，我镇在县委、县政府的领导下，扎实推进法治政府建设，全年办理行政执法案件31件，召开专题会议4次，开展普法活动18场。现将有关情况报告如下：' +
      '一、2024年推进法治政府建设的主要举措和成效（一）加强组织领导。镇党委召开专题会议4次，研究法治政府建设重点工作，落实第一责任人职责。（二）严格规范执法。全年办理行政执法案件31件，无一被复议纠错，执法质量进一步提高。' +
      '二、存在的不足和原因执法人员专业能力有待提高，原因是培训不够系统。三、2025年工作安排加强执法队伍建设，组织执法培训不少于1.5万人次。某某县某某镇人民政府2025年2月20日';
    expect(lines(flat)).toEqual([
      '某某县某某镇人民政府关于2024年法治政府建设情况的报告',
      '县委、县人民政府：',
      expect.stringMatching(/^2024年，我镇.*报告如下：$/),
      '一、2024年推进法治政府建设的主要举措和成效',
      '（一）加强组织领导。镇党委召开专题会议4次，研究法治政府建设重点工作，落实第一责任人职责。',
      '（二）严格规范执法。全年办理行政执法案件31件，无一被复议纠错，执法质量进一步提高。',
      '二、存在的不足和原因执法人员专业能力有待提高，原因是培训不够系统。',
      '三、2025年工作安排加强执法队伍建设，组织执法培训不少于1.5万人次。',
      '某某县某某镇人民政府',
      '2025年2月20日',
    ]);
    expect(await summaryOf(new TextEncoder().encode(flat))).toMatchObject({
      unit: '某某县某某镇人民政府',
      year: 2024,
      recipient: '县委、县人民政府',
      signature: '某某县某某镇人民政府',
      date: '2025-02-20',
    });
  });

  it('converts a report published in traditional characters to simplified ones, and leaves simplified text alone', () => {
    expect(lines('某某鎮人民政府關於2024年法治政府建設情況的報告', '二、存在的不足和原因')).toEqual(['某某镇人民政府关于2024年法治政府建设情况的报告', '二、存在的不足和原因']);
    expect(lines('乾坤镇人民政府关于2024年法治政府建设情况的报告')).toEqual(['乾坤镇人民政府关于2024年法治政府建设情况的报告']);
  });

  it('keeps a long paragraph whole when its numbers open the items of a list after a colon or a semicolon', () => {
    const paragraph = `${'镇党委高度重视法治政府建设，'.repeat(12)}重点做好以下工作：一、严格执行重大行政决策程序；二、严格执行行政执法三项制度；三、严格执行合法性审查制度。全年工作有序推进。`;
    expect(lines(paragraph)).toEqual([paragraph]);
  });

  it('splits a report of ten thousand headings run together into ten thousand lines', () => {
    const heading = (i: number) => `${'一二三四五六七八九'[i % 9]}、法治建设${'深入推进依法行政'.repeat(6)}。`;
    const flat = Array.from({ length: 10_000 }, (_, i) => heading(i)).join('');
    const split = lines(flat);
    expect(split).toHaveLength(10_000);
    expect(split[9_999]).toBe(heading(9_999));
  });
});
