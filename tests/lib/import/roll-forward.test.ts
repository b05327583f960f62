import { describe, expect, it } from 'vitest';
import { arrangeSections, leadershipCandidates } from '@/lib/import/arrange-sections';
import { importedReport } from '@/lib/import/imported-report';
import { proposeImport } from '@/lib/import/propose-import';
import { readSource } from '@/lib/import/read-source';
import { runChecks } from '@/lib/checks/run-checks';
import { carriesFigure, sentencesOf } from '@/lib/report/carried-over';
import { rollForward } from '@/lib/report/roll-forward';
import { ZReport } from '@/lib/report/schema';
import { getTemplate } from '@/lib/template/get-template';
import { fixture } from '../../support/import';

const template = getTemplate();

async function lastYear(name = 'seven-parts-web.txt') {
  return importedReport(proposeImport(await readSource(fixture(name)), template), template);
}

describe('rolling last year forward', () => {
  it('moves the year on, renews the title, clears the date and keeps last year as reference', async () => {
    const next = rollForward(await lastYear(), template);
    expect(ZReport.safeParse(next).success).toBe(true);
    expect(next).toMatchObject({ year: 2025, title: '某县某镇人民政府关于2025年法治政府建设情况的报告', date: '', reference: { year: 2024 } });
    expect(next.reference!.parts.leadership).toContain('带头讲法治课2次');
    expect(Object.values(next.parts).every((p) => !p.done)).toBe(true);
  });

  it('carries last year\'s 主要数据 into this year\'s 去年 column, this year\'s figures still to be set', async () => {
    const last = {
      ...(await lastYear()),
      figures: {
        'reconsideration-cases': { value: 3, lastYear: 1, confirmed: true },
        'litigation-cases': { value: null, lastYear: 2, confirmed: true },
      },
    };
    expect(rollForward(last, template).figures).toEqual({ 'reconsideration-cases': { value: null, lastYear: 3, confirmed: false } });
  });

  it('keeps last year\'s structure and 版记 but not its 发文字号 or 印发日期, which were last year\'s document\'s', async () => {
    const last = { ...(await lastYear('five-parts-as-headings.txt')), masthead: true, docNumber: '某乡文〔2025〕3号', signers: '张三', colophon: true, printDate: '2025-03-01' };
    const next = rollForward(last, template);
    expect(next).toMatchObject({ layout: 'parts', masthead: true, signers: '张三', colophon: true, docNumber: '', printDate: '' });
  });

  it('marks every sentence with a figure or a year 待更新, as 错误 that block the 正式稿, until edited or confirmed', async () => {
    const next = rollForward(await lastYear(), template);
    expect(next.carriedOver).toContain('排查矛盾纠纷120件，调解成功116件。');
    expect(next.carriedOver).not.toContain('继续推进依法行政，加强执法队伍建设。');
    const pending = () => runChecks(next, template).errors.filter((f) => f.ruleId === 'carried-over').map((f) => f.excerpt);
    expect(pending()).toContain('排查矛盾纠纷120件，调解成功116件。');
    const section = next.parts.measures.sections[3]!;
    section.body = '排查矛盾纠纷131件，调解成功128件。';
    expect(pending()).not.toContain('排查矛盾纠纷120件，调解成功116件。');
  });

  it('splits sentences and recognises figures in Arabic and Chinese numerals', () => {
    expect(sentencesOf('开展活动。共计十余次；效果好！\n第二行')).toEqual(['开展活动。', '共计十余次；', '效果好！', '第二行']);
    expect(['共计十余次', '增长12%', '2024年', '投入3万元'].every(carriesFigure)).toBe(true);
    expect(carriesFigure('持续推进依法行政')).toBe(false);
    // Numerals in a name are not figures: the reform, the hotline and the plan keep their names next year.
    expect(carriesFigure("二是深入推进'最多跑一次'改革。")).toBe(false);
    expect(carriesFigure('二是深入推进“最多跑一次”改革。')).toBe(false);
    expect(carriesFigure('二是深入推进「最多跑一次」改革，推行一次性告知。')).toBe(false);
    expect(carriesFigure('二是深入推进最多跑一次改革。')).toBe(false);
    expect(['开展专题培训三次', '办理一百二十件', '召开两次会议'].every(carriesFigure)).toBe(true);
    expect(carriesFigure('畅通“12345”热线，落实《法治政府建设实施纲要（2021－2025年）》。')).toBe(false);
    expect(carriesFigure('“最多跑一次”事项达到120项。')).toBe(true);
  });
});

describe('arranging sections at review', () => {
  it('offers a subsection about the 第一责任人 for the empty leadership part, and moves it when asked', async () => {
    const proposal = proposeImport(await readSource(fixture('three-parts-numbered.txt')), template);
    expect(leadershipCandidates(proposal)).toEqual([]);
    const lines = [
      { text: '一、主要工作' },
      { text: '（一）强化领导' },
      { text: '1. 落实第一责任人职责。镇党委书记履行第一责任人职责。' },
      { text: '2. 强化保障。经费纳入预算。' },
      { text: '二、存在问题' },
      { text: '人员不足，原因是编制少。' },
    ];
    const p = proposeImport(lines, template);
    const [candidate] = leadershipCandidates(p);
    expect(candidate?.heading).toBe('落实第一责任人职责');
    const arranged = arrangeSections(p, {}, [{ sectionId: candidate!.id, part: 'leadership' }]);
    expect(arranged.map((s) => [s.part, s.section.heading])).toEqual([
      ['measures', '主要工作'],
      ['shortcomings', '存在问题'],
      ['leadership', '落实第一责任人职责'],
    ]);
    expect(arranged[0]!.section.children[0]!.children.map((c) => c.heading)).toEqual(['强化保障']);
  });
});
