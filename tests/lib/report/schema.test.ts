import { describe, expect, it } from 'vitest';
import { ZReport, type TSection } from '@/lib/report/schema';
import { countReport } from '@/lib/report/count';
import { loadSample } from '../../support/sample';

const messages = (value: unknown) => {
  const result = ZReport.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

function chain(depth: number): TSection {
  return { id: `d${depth}`, heading: `第${depth}级`, body: '', children: depth > 1 ? [chain(depth - 1)] : [] };
}

describe('the report schema', () => {
  it('accepts the sample report, with all five parts and every heading level', () => {
    const report = loadSample();
    expect(Object.keys(report.parts)).toEqual(['measures', 'shortcomings', 'leadership', 'plans', 'other']);
    expect(report.year).toBe(2025);
    expect(countReport(report)).toBeGreaterThan(5000);
    expect(JSON.stringify(report.parts.measures)).toContain('"children":[]');
  });

  it('refuses control characters with a Chinese message naming the field', () => {
    const report = loadSample();
    report.title = '关于\u0007的报告';
    expect(messages(report)).toEqual(['标题含有无法保存的控制字符，请删除后重试']);
  });

  it('refuses a lone surrogate, which XML cannot hold, but keeps emoji', () => {
    const report = loadSample();
    report.parts.other.sections = [{ id: 'e1', heading: '表情😀', body: '\uD800', children: [] }];
    expect(messages(report)).toEqual(['正文含有无法保存的控制字符，请删除后重试']);
    report.parts.other.sections[0]!.body = '正常😀';
    expect(messages(report)).toEqual([]);
  });

  it('allows four heading levels and refuses a fifth', () => {
    const report = loadSample();
    report.parts.other.sections = [chain(4)];
    expect(messages(report)).toEqual([]);
    report.parts.other.sections = [chain(5)];
    expect(messages(report)).toEqual(['小节最多4级（一、（一）1.（1））']);
  });

  it('refuses an over-long heading and a line break in a one-line field', () => {
    const report = loadSample();
    report.parts.plans.sections[0]!.heading = '长'.repeat(301);
    report.recipient = '区委\n区政府';
    expect(messages(report)).toEqual(expect.arrayContaining(['小标题不能超过300个字符', '主送机关不能换行']));
  });

  it('refuses a date that does not exist and accepts an empty one for a draft', () => {
    const report = loadSample();
    report.date = '2026-02-30';
    expect(messages(report)).toEqual(['成文日期不是有效日期']);
    report.date = '';
    expect(messages(report)).toEqual([]);
  });

  it('refuses unknown top-level fields and a missing part', () => {
    const report: Record<string, unknown> = { ...loadSample(), extra: 1 };
    expect(messages(report).join()).toContain('extra');
    const parts = { ...loadSample().parts } as Record<string, unknown>;
    delete parts.leadership;
    expect(messages({ ...loadSample(), parts }).length).toBe(1);
  });
});
