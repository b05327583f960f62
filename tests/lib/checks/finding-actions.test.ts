import { describe, expect, it } from 'vitest';
import { applyFindingAction } from '@/lib/checks/finding-actions';
import { runChecks } from '@/lib/checks/run-checks';
import { findingKey } from '@/lib/checks/types';
import { LIMITS } from '@/lib/report/limits';
import type { TReport } from '@/lib/report/schema';
import { ZStoredReport } from '@/lib/report/upgrade';
import { getTemplate } from '@/lib/template/get-template';
import { loadSample } from '../../support/sample';

const now = new Date('2026-02-01T08:00:00Z');

/** The sample with a half-width comma, so there is a 提示 to dismiss. */
function withHint(): { report: TReport; key: string } {
  const report = loadSample();
  report.parts.measures.sections[0]!.children[0]!.body += '全年召开会议2次,研究部署任务。';
  const hint = runChecks(report, getTemplate()).hints[0]!;
  return { report, key: findingKey(hint) };
}

describe('dismissing a 提示', () => {
  it('twice adds one dismissal: the second time, the 提示 is already hidden', () => {
    const { report, key } = withHint();
    const once = applyFindingAction(report, runChecks(report, getTemplate()), { action: 'dismiss', key, reason: '引用原文' }, now) as TReport;
    expect(once.dismissals).toEqual([{ key, reason: '引用原文', at: now.toISOString() }]);
    expect(ZStoredReport.safeParse(once).success).toBe(true);
    expect(applyFindingAction(once, runChecks(once, getTemplate()), { action: 'dismiss', key, reason: '确系原文' }, now)).toMatch(/已经不存在/);
  });

  it(`refuses a dismissal beyond ${LIMITS.dismissals} with a Chinese message, instead of storing a report that would not read back`, () => {
    const { report, key } = withHint();
    report.dismissals = Array.from({ length: LIMITS.dismissals }, (_, n) => ({ key: `old|${n}`, reason: '已核实', at: now.toISOString() }));
    expect(applyFindingAction(report, runChecks(report, getTemplate()), { action: 'dismiss', key, reason: '引用原文' }, now)).toBe(
      `已经忽略了${LIMITS.dismissals}条提示，不能再忽略更多。请改正一些提示，而不是忽略它们。`,
    );
  });
});
