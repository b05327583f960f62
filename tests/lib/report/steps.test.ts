import { describe, expect, it } from 'vitest';
import { figureRows } from '@/lib/figures/figure-rows';
import { createReport } from '@/lib/report/new-report';
import { getSteps, stepStatus } from '@/lib/report/steps';
import { getTemplate } from '@/lib/template/get-template';
import { loadSample } from '../../support/sample';

const template = getTemplate();
const steps = getSteps(template);
const statuses = (report: Parameters<typeof stepStatus>[0]) => steps.map((step) => stepStatus(report, step));

describe('the task list', () => {
  it('runs 基本信息, the five parts numbered 一 to 五, 主要数据, then 检查并下载', () => {
    expect(steps.map((s) => s.label)).toEqual([
      '基本信息',
      '一、主要举措和成效',
      '二、存在的不足和原因',
      '三、党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况',
      '四、下一年度主要安排',
      '五、其他需要报告的情况',
      '主要数据',
      '检查并下载',
    ]);
  });

  it('starts a new report with parts 未开始 and the check step not yet open', () => {
    const report = createReport({ unit: '某镇人民政府', unitKind: '镇', year: 2025, recipient: '县人民政府' }, template);
    expect(statuses(report)).toEqual(['进行中', '未开始', '未开始', '未开始', '未开始', '未开始', '未开始', '暂不能开始']);
  });

  it('shows 进行中 for a part with text not yet marked done, 已完成 once marked, and counts 无 as content', () => {
    const report = loadSample();
    report.parts.plans.done = false;
    report.parts.leadership.sections = [{ id: 'a', heading: '', body: '', children: [] }];
    expect(statuses(report)).toEqual(['已完成', '已完成', '已完成', '未开始', '进行中', '已完成', '未开始', '未开始']);
  });

  it('shows 主要数据 进行中 while a figure the text or last year gives is not set, 已完成 once each is set or 不再填报', () => {
    const report = loadSample();
    const figures = steps.find((s) => s.kind === 'figures')!;
    report.figures['reconsideration-cases'] = { value: 1, lastYear: null, confirmed: true };
    expect(stepStatus(report, figures)).toBe('进行中');
    report.figures = Object.fromEntries(figureRows(report).map((r) => [r.key, { value: r.proposal?.value ?? null, lastYear: null, confirmed: true }]));
    expect(stepStatus(report, figures)).toBe('已完成');
    report.figures['contracts-reviewed'] = { value: null, lastYear: 40, confirmed: false };
    expect(stepStatus(report, figures)).toBe('进行中');
  });
});
