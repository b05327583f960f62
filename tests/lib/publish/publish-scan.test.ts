import { describe, expect, it } from 'vitest';
import { publishScan } from '@/lib/publish/publish-scan';
import type { TReport } from '@/lib/report/schema';
import { getTemplate } from '@/lib/template/get-template';
import { loadSample } from '../../support/sample';

const template = getTemplate();

/** The sample with `text` appended to the first section's body. */
function withBody(text: string): TReport {
  const report = loadSample();
  report.parts.measures.sections[0]!.body += `\n${text}`;
  return report;
}
const sectionId = loadSample().parts.measures.sections[0]!.id;
const kinds = (report: TReport) => publishScan(report, template).map((f) => [f.kind, f.excerpt]);

describe('publishScan', () => {
  it('finds nothing in the sample', () => {
    expect(publishScan(loadSample(), template)).toEqual([]);
  });

  it('finds ID, mobile and landline numbers and named parties, with their part and section', () => {
    expect(publishScan(withBody('当事人张三因土地纠纷来访，身份证号110101199003071234，电话13812345678，办公室023-12345678。'), template)).toEqual([
      { kind: '当事人姓名', excerpt: '当事人张三', part: 'measures', sectionId },
      { kind: '身份证号码', excerpt: '110101199003071234', part: 'measures', sectionId },
      { kind: '手机号码', excerpt: '13812345678', part: 'measures', sectionId },
      { kind: '固定电话', excerpt: '023-12345678', part: 'measures', sectionId },
    ]);
    expect(kinds(withBody('咨询电话（023）12345678，0851－1234567。'))).toEqual([['固定电话', '（023）12345678'], ['固定电话', '0851－1234567']]);
  });

  it('finds 密级 markings wherever they are printed', () => {
    const report = loadSample();
    report.opening = `（内部资料）\n${report.opening}`;
    report.title = `秘密★1年 ${report.title}`;
    report.parts.plans.sections[0]!.heading = '【机密】下一步安排';
    report.partHeadings.shortcomings = '存在的不足（内部资料，注意保存）';
    report.parts.leadership.sections[0]!.body += '\n绝密\n密级：秘密';
    expect(publishScan(report, template)).toEqual([
      { kind: '密级标志', excerpt: '秘密★', part: null, sectionId: null },
      { kind: '密级标志', excerpt: '（内部资料）', part: null, sectionId: null },
      { kind: '密级标志', excerpt: '绝密', part: 'leadership', sectionId: report.parts.leadership.sections[0]!.id },
      { kind: '密级标志', excerpt: '密级：秘密', part: 'leadership', sectionId: report.parts.leadership.sections[0]!.id },
      { kind: '密级标志', excerpt: '【机密】', part: 'plans', sectionId: report.parts.plans.sections[0]!.id },
      { kind: '密级标志', excerpt: '（内部资料，注意保存）', part: 'shortcomings', sectionId: null },
    ]);
  });

  it('lets the words through where they are prose, not markings', () => {
    const prose = '严格落实保密审查，涉及党和国家秘密的除外，保守国家秘密和工作秘密；健全内部管理制度（内部审计）；内部资料编印规范；机密文件管理规定；当事人张某某来访。';
    expect(publishScan(withBody(prose), template)).toEqual([]);
  });
});
