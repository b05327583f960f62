import { describe, expect, it } from 'vitest';
import { runChecks } from '@/lib/checks/run-checks';
import { placeHref } from '@/lib/checks/place-href';
import { findingKey } from '@/lib/checks/types';
import type { TPartKey } from '@/lib/report/part-keys';
import type { TReport } from '@/lib/report/schema';
import { getTemplate } from '@/lib/template/get-template';
import { loadSample } from '../../support/sample';

const template = getTemplate();

function all(report: TReport) {
  const { errors, hints } = runChecks(report, template);
  return [...errors, ...hints];
}
const ids = (report: TReport) => all(report).map((f) => f.ruleId);
const of = (report: TReport, ruleId: string) => all(report).filter((f) => f.ruleId === ruleId);

/** The sample with one paragraph added to a section of a part. */
function withText(text: string, part: TPartKey = 'measures'): TReport {
  const report = loadSample();
  report.parts[part].sections[0]!.body += `\n${text}`;
  return report;
}

describe('the clean sample', () => {
  it('has no findings at all', () => {
    expect(all(loadSample())).toEqual([]);
  });
});

describe('required (错误)', () => {
  it('part-required: an empty part, but 无 is fine for 其他', () => {
    const report = loadSample();
    report.parts.leadership.sections = [];
    report.parts.other = { sections: [], none: false, done: false };
    expect(of(report, 'part-required').map((f) => [f.severity, f.place.part])).toEqual([
      ['错误', 'leadership'],
      ['错误', 'other'],
    ]);
    report.parts.leadership = loadSample().parts.leadership;
    report.parts.other.none = true;
    expect(of(report, 'part-required')).toEqual([]);
  });

  it('leadership-duties: speaks of the 主要负责人 and 第一责任人', () => {
    const report = loadSample();
    report.parts.leadership.sections = [{ id: 'l', heading: '加强领导', body: '班子成员认真学习法律法规。', children: [] }];
    expect(of(report, 'leadership-duties')[0]?.message).toContain('党政主要负责人和“第一责任人”职责');
    report.parts.leadership.sections[0]!.body = '镇党委书记切实履行推进法治建设第一责任人职责。';
    expect(of(report, 'leadership-duties')).toEqual([]);
  });

  it('shortcomings-reasons: problems alone are not enough', () => {
    const report = loadSample();
    report.parts.shortcomings.sections = [{ id: 's', heading: '存在的不足', body: '执法规范化水平不高。', children: [] }];
    expect(ids(report)).toContain('shortcomings-reasons');
    report.parts.shortcomings.sections[0]!.body += '\n主要是由于培训不够系统。';
    expect(ids(report)).not.toContain('shortcomings-reasons');
  });

  it('plans-year: plans dated to the report year, not a reference to it', () => {
    const report = loadSample();
    report.parts.plans.sections[0]!.heading = '2025年法治政府建设工作安排';
    expect(of(report, 'plans-year')[0]).toMatchObject({ severity: '错误', excerpt: '2025年', place: { part: 'plans', field: 'heading', start: 0, end: 5 } });
    const reference = withText('巩固2025年创建成果。', 'plans');
    expect(of(reference, 'plans-year')).toEqual([]);
    expect(of(withText('2025年工作计划是：继续推进。', 'plans'), 'plans-year')).toHaveLength(1);
  });

  it('basics-filled: missing fields and a date before the year ends', () => {
    const report = loadSample();
    report.recipient = '';
    report.date = '2025-12-30';
    expect(of(report, 'basics-filled').map((f) => f.place.field)).toEqual(['recipient', 'date']);
    report.date = '2026-01-05';
    report.recipient = '县人民政府';
    expect(of(report, 'basics-filled')).toEqual([]);
  });
});

describe('quality (提示)', () => {
  it('stale-year: last year spoken of as this year', () => {
    expect(of(withText('2024年以来，我镇持续推进依法行政。'), 'stale-year')[0]).toMatchObject({ severity: '提示', excerpt: '2024年以来' });
    expect(of(withText('比2024年增长12%。'), 'stale-year')).toEqual([]);
  });

  it('basics-filled: a stand-in left in the title, 落款 or 主送机关 is an 错误, not a 提示', () => {
    const report = { ...loadSample(), title: '（请填写单位全称）关于2025年法治政府建设情况的报告', signature: '×××镇人民政府', recipient: 'XX县委、XX县人民政府' };
    const found = of(report, 'basics-filled');
    expect(found.map((f) => [f.severity, f.place.field, f.excerpt])).toEqual([
      ['错误', 'title', '（请填写单位全称）'],
      ['错误', 'recipient', 'XX'],
      ['错误', 'signature', '×××'],
    ]);
    expect(of(report, 'placeholder')).toEqual([]);
  });

  it('placeholder: XX, ××, ＊＊, 【】, 〇〇, （待填）, ___ but not a year written 二〇〇八', () => {
    const found = of(withText('全年办理XX件，××村，＊＊人，【】，〇〇镇，（待填），___。'), 'placeholder').map((f) => f.excerpt);
    expect(found).toEqual(['XX', '××', '＊＊', '【】', '〇〇', '（待填）', '___']);
    expect(of(withText('二〇〇八年建成，见【附件】。'), 'placeholder')).toEqual([]);
  });

  it('punctuation: half-width marks with a fix, and full-width digits', () => {
    const found = of(withText('全年办理１２件,较上年增加.'), 'punctuation');
    expect(found).toHaveLength(1);
    expect(found[0]!.fix).toBe('full-width-punctuation');
    expect(of(withText('全年办理１２件，较上年增加。'), 'digit-width')[0]?.excerpt).toBe('１２');
    expect(ids(withText('网址www.gov.cn，完成率99.5%。'))).toEqual([]);
  });

  it('repeated-paragraph: a paragraph pasted twice', () => {
    const paragraph = '严格落实行政执法公示、执法全过程记录、重大执法决定法制审核制度。';
    expect(of(withText(`${paragraph}\n${paragraph}`), 'repeated-paragraph')).toHaveLength(1);
    expect(of(withText('持续推进。\n持续推进。'), 'repeated-paragraph')).toEqual([]);
  });

  it('impossible-figure: over 100 %, more resolved than received, a rate that disagrees with its counts', () => {
    expect(of(withText('群众满意率达到102%。'), 'impossible-figure')).toHaveLength(1);
    expect(of(withText('调解案件3929宗，成功调解3899宗。'), 'impossible-figure')).toEqual([]);
    expect(of(withText('受理案件3899宗，调解成功3929宗。'), 'impossible-figure')[0]?.message).toContain('多于总数');
    expect(of(withText('排查矛盾纠纷200件，调解成功150件，调解成功率95%。'), 'impossible-figure')[0]?.message).toContain('150÷200＝75.0%');
    expect(of(withText('排查矛盾纠纷412件，调解成功398件，调解成功率96.6%。'), 'impossible-figure')).toEqual([]);
  });

  it('dated-term: from the data in templates/, by the report year', () => {
    const report = withText('深入学习贯彻党的十九大精神，落实《信访条例》，推进七五普法。');
    expect(of(report, 'dated-term').map((f) => f.excerpt)).toEqual(['十九大', '七五普法', '《信访条例》']);
    report.year = 2020;
    report.parts.plans.sections[0]!.heading = '2021年法治政府建设工作安排';
    expect(of(report, 'dated-term')).toEqual([]);
  });

  it('personal-data: ID card and mobile numbers, a party named with a case', () => {
    const found = of(withText('当事人张三因土地纠纷来访，身份证号110101199003071234，电话13812345678。'), 'personal-data').map((f) => f.excerpt);
    expect(found).toEqual(['110101199003071234', '13812345678', '当事人张三']);
    expect(of(withText('当事人张某某因土地纠纷来访，共接待12345678人次。'), 'personal-data')).toEqual([]);
  });

  it('length: over the soft limit, or a part far out of proportion', () => {
    const long = withText('法'.repeat(9000));
    expect(of(long, 'length').map((f) => f.place.part)).toEqual([null, 'shortcomings']);
    expect(of(loadSample(), 'length')).toEqual([]);
  });

  it('deadline: a date after 3月1日 of the following year', () => {
    const report = loadSample();
    report.date = '2026-03-02';
    expect(of(report, 'deadline')[0]?.message).toContain('晚于报送期限2026年3月1日');
    report.date = '2026-03-01';
    expect(of(report, 'deadline')).toEqual([]);
  });
});

describe('主要数据 (figures)', () => {
  const row = (value: number | null, lastYear: number | null = null) => ({ value, lastYear, confirmed: true });
  const sentence = '全年镇政府作为被申请人的行政复议案件1件，经复议维持；';

  it('figure-contradiction: the text states a figure the table gives otherwise (提示, at the number)', () => {
    const report = loadSample();
    report.figures['reconsideration-cases'] = row(2);
    const [found, ...rest] = of(report, 'figure-contradiction');
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ severity: '提示', message: '正文写的是1件，主要数据表是2件（行政复议案件数），请核对。', excerpt: '1件' });
    const paragraph = report.parts.measures.sections.flatMap((s) => s.children).find((s) => s.body.includes(sentence))!;
    expect(found!.place).toMatchObject({ part: 'measures', sectionId: paragraph.id, paragraph: 0 });
    expect(paragraph.body.slice(found!.place.start, found!.place.end)).toBe('1件');
    report.figures['reconsideration-cases'] = row(1);
    expect(of(report, 'figure-contradiction')).toEqual([]);
  });

  it('figure-contradiction: a share given with 其中 is not the figure', () => {
    const report = withText('全年办理行政复议案件5件。其中，行政复议案件3件经调解结案。');
    report.figures['reconsideration-cases'] = row(5);
    expect(of(report, 'figure-contradiction').map((f) => f.excerpt)).toEqual(['1件']);
  });

  it('figure-not-in-table: a part cites an indicator the table leaves empty, once, and only once the table is begun', () => {
    const report = loadSample();
    expect(of(report, 'figure-not-in-table')).toEqual([]);
    report.figures['litigation-cases'] = row(2);
    const found = of(report, 'figure-not-in-table');
    expect(found.map((f) => f.message)).toContain('正文写了行政复议案件数，主要数据表中还没有填写。');
    expect(found.filter((f) => f.message.includes('行政复议案件数'))).toHaveLength(1);
    expect(found.some((f) => f.message.includes('行政应诉案件数'))).toBe(false);
    expect(found.every((f) => f.severity === '提示' && f.place.part !== null)).toBe(true);
    report.figures['reconsideration-cases'] = { value: null, lastYear: null, confirmed: true };
    expect(of(report, 'figure-not-in-table').map((f) => f.message)).toContain('正文写了行政复议案件数，主要数据表中却标为不再填报。');
  });

  it('figure-rate: a rate in the table over 100 % is an 错误 that points to its row', () => {
    const report = loadSample();
    report.figures['head-appearance-rate'] = row(120);
    expect(of(report, 'figure-rate')).toEqual([
      {
        ruleId: 'figure-rate',
        severity: '错误',
        message: '主要数据表中“行政机关负责人出庭应诉率”填的是120%，比率应在0～100%之间。',
        place: { part: null, field: 'figure', indicator: 'head-appearance-rate' },
        excerpt: '行政机关负责人出庭应诉率',
      },
    ]);
    expect(placeHref('r1', of(report, 'figure-rate')[0]!.place)).toBe('/reports/r1/figures?from=check#figure-head-appearance-rate');
    report.figures['head-appearance-rate'] = row(100);
    expect(of(report, 'figure-rate')).toEqual([]);
  });

  it('figure-unchanged: last year\'s figure to the digit, from last year\'s table or its text', () => {
    const report = loadSample();
    report.figures['litigation-cases'] = row(2, 2);
    expect(of(report, 'figure-unchanged').map((f) => f.message)).toEqual(['主要数据表中“行政应诉案件数”为2件，与去年相同，请确认。']);
    report.figures['litigation-cases'] = row(2, 3);
    expect(of(report, 'figure-unchanged')).toEqual([]);
    report.reference = { year: 2024, parts: { measures: '作为被告的行政诉讼案件2件。', shortcomings: '', leadership: '', plans: '', other: '无' } };
    report.figures['litigation-cases'] = row(2);
    expect(of(report, 'figure-unchanged')).toHaveLength(1);
  });

  it('keeps a dismissal of one row to that row', () => {
    const report = loadSample();
    report.figures['legal-education-events'] = row(4, 4);
    report.figures['legal-education-audience'] = row(9, 9);
    const keys = of(report, 'figure-unchanged').map(findingKey);
    expect(new Set(keys).size).toBe(2);
  });
});

describe('dismissals', () => {
  it('hides a dismissed 提示 and keeps it listed as dismissed', () => {
    const report = withText('群众满意率达到102%。');
    const finding = of(report, 'impossible-figure')[0]!;
    report.dismissals = [{ key: findingKey(finding), reason: '原文如此', at: '2026-01-01T00:00:00Z' }];
    const result = runChecks(report, template);
    expect(result.hints).toEqual([]);
    expect(result.dismissed.map((f) => f.ruleId)).toEqual(['impossible-figure']);
  });
});
