import { describe, expect, it } from 'vitest';
import standard from '@/templates/standard.json';
import { getTemplate } from '@/lib/template/get-template';
import { ZTemplate } from '@/lib/template/schema';

describe('the standard template', () => {
  it('holds the five parts in the order of 《法治政府建设与责任落实督察工作规定》', () => {
    const template = getTemplate('standard');
    expect(template.parts.map((p) => p.key)).toEqual(['measures', 'shortcomings', 'leadership', 'plans', 'other']);
    expect(template.parts.map((p) => p.label)).toEqual([
      '主要举措和成效',
      '存在的不足和原因',
      '党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况',
      '下一年度主要安排',
      '其他需要报告的情况',
    ]);
  });

  it('allows 无 only for 其他需要报告的情况 and offers sub-topics for 主要举措', () => {
    const template = getTemplate('standard');
    expect(template.parts.filter((p) => p.allowNone).map((p) => p.key)).toEqual(['other']);
    expect(template.parts[0]!.suggestedTopics).toContain('深入学习贯彻习近平法治思想');
  });

  it('sets the deadlines to 3月1日 and 4月1日 and a soft limit of 8,000 characters', () => {
    const template = getTemplate('standard');
    expect(template.deadlines).toEqual({ report: { month: 3, day: 1 }, publish: { month: 4, day: 1 } });
    expect(template.softLimit).toBe(8000);
  });

  it('refuses a template that repeats a part or misses one', () => {
    const broken = structuredClone(standard);
    broken.parts[4]!.key = 'plans';
    expect(ZTemplate.safeParse(broken).success).toBe(false);
    expect(ZTemplate.safeParse({ ...standard, parts: standard.parts.slice(0, 4) }).success).toBe(false);
  });

  it('falls back to the standard template for an unknown id, so an old draft still opens', () => {
    expect(getTemplate('gone').id).toBe('standard');
  });
});
