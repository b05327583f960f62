import { figureRows } from '../figures/figure-rows';
import type { TTemplate, TTemplatePart } from '../template/schema';
import { fillPattern } from '../template/fill';
import { chineseNumeral } from './numbering';
import type { TPartKey } from './part-keys';
import type { TPart, TReport } from './schema';

export type TStepStatus = '未开始' | '进行中' | '已完成' | '暂不能开始';

export type TStep =
  | { kind: 'basics'; slug: 'basics'; label: string; hint: string }
  | { kind: 'part'; slug: TPartKey; label: string; hint: string; ordinal: number; part: TTemplatePart }
  | { kind: 'figures'; slug: 'figures'; label: string; hint: string }
  | { kind: 'check'; slug: 'check'; label: string; hint: string };

/** The wizard's steps in order: 基本信息, the template's parts in its order, 主要数据, 检查并下载. Routes, the task
 * list and the back/next links all come from here, so a reordered template reorders the whole wizard. */
export function getSteps(template: TTemplate): TStep[] {
  return [
    { kind: 'basics', slug: 'basics', label: '基本信息', hint: '标题、主送机关、落款、成文日期和导语。' },
    ...template.parts.map(
      (part, i): TStep => ({
        kind: 'part',
        slug: part.key,
        label: `${chineseNumeral(i + 1)}、${part.label}`,
        hint: part.hint,
        ordinal: i + 1,
        part,
      }),
    ),
    { kind: 'figures', slug: 'figures', label: '主要数据', hint: '关键指标的今年数值与去年对比；正文中写到的数字会自动建议。' },
    { kind: 'check', slug: 'check', label: '检查并下载', hint: '检查是否有遗漏，然后下载 Word 文件。' },
  ];
}

export function partTitle(part: TTemplatePart, year: number): string {
  return fillPattern(part.title, { year, nextYear: year + 1 });
}

export function hasContent(part: TPart): boolean {
  return part.none || part.sections.some(function filled(s): boolean {
    return s.heading.trim() !== '' || s.body.trim() !== '' || s.children.some(filled);
  });
}

export function basicsComplete(report: TReport): boolean {
  return [report.unit, report.title, report.recipient, report.signature, report.date].every((v) => v.trim() !== '');
}

export function stepStatus(report: TReport, step: TStep): TStepStatus {
  switch (step.kind) {
    case 'basics':
      return basicsComplete(report) ? '已完成' : '进行中';
    case 'part': {
      const part = report.parts[step.slug];
      if (!hasContent(part)) return '未开始';
      return part.done ? '已完成' : '进行中';
    }
    case 'figures': {
      // A row is still open while last year or this year's text gives a figure and the clerk has neither
      // set this year's nor said it is 不再填报; an indicator the unit never speaks of leaves nothing to do.
      const rows = figureRows(report);
      if (!rows.some((r) => r.value !== null || r.confirmed)) return '未开始';
      return rows.some((r) => r.value === null && !r.confirmed && (r.lastYear !== null || r.proposal !== null)) ? '进行中' : '已完成';
    }
    case 'check':
      return Object.values(report.parts).some(hasContent) ? '未开始' : '暂不能开始';
  }
}
