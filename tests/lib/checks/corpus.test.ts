import { describe, expect, it } from 'vitest';
import { runChecks } from '@/lib/checks/run-checks';
import { getTemplate } from '@/lib/template/get-template';
import { corpusExpected, corpusText, hasCorpus } from '../../support/corpus';
import { loadSample } from '../../support/sample';

// Rules a clean published report must not trip. Real reports do break others (half-width punctuation,
// missing parts, length), and one is a true finding: 东温泉镇 2021 says 排查16件 then 调处56件.
const QUIET = ['placeholder', 'repeated-paragraph', 'dated-term', 'personal-data', 'stale-year', 'impossible-figure', 'plans-year'];
const KNOWN = ['dongwenquan-2021:impossible-figure:调处矛盾纠纷56件'];

describe.skipIf(!hasCorpus)('the checks on the real reports in ../shared/corpus', () => {
  it('raise no false alarm on rules the reports do not break', () => {
    const found: string[] = [];
    for (const [name, expected] of Object.entries(corpusExpected())) {
      const report = loadSample();
      report.year = expected.year;
      report.parts.measures.sections = [{ id: 'c', heading: '全文', body: corpusText(name), children: [] }];
      report.parts.plans.sections = [];
      const { errors, hints } = runChecks(report, getTemplate());
      for (const f of [...errors, ...hints]) if (QUIET.includes(f.ruleId)) found.push(`${name}:${f.ruleId}:${f.excerpt}`);
    }
    expect(found).toEqual(KNOWN);
  });
});
