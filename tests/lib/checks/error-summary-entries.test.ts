import { describe, expect, it } from 'vitest';
import { errorSummaryEntries } from '@/lib/checks/error-summary-entries';
import { runChecks } from '@/lib/checks/run-checks';
import { importedReport } from '@/lib/import/imported-report';
import { proposeImport } from '@/lib/import/propose-import';
import { readSource } from '@/lib/import/read-source';
import { rollForward } from '@/lib/report/roll-forward';
import { getTemplate } from '@/lib/template/get-template';
import { fixture } from '../../support/import';

describe('the 检查并下载 list of 错误', () => {
  it('gives the sentences 待更新 one link a part, with their count, to the first of them; every other 错误 its own', async () => {
    const template = getTemplate();
    const next = rollForward(importedReport(proposeImport(await readSource(fixture('seven-parts-web.txt')), template), template), template);
    const { errors } = runChecks(next, template);
    const pending = errors.filter((e) => e.ruleId === 'carried-over');
    expect(pending.length).toBeGreaterThan(4);
    const entries = errorSummaryEntries('r1', errors, template);
    const grouped = entries.filter((e) => e.message.startsWith('待更新'));
    const parts = [...new Set(pending.map((e) => e.place.part ?? 'opening'))];
    expect(grouped).toHaveLength(parts.length);
    const measures = pending.filter((e) => e.place.part === 'measures');
    expect(grouped).toContainEqual({
      fieldId: measures[0]!.place.sectionId,
      message: `待更新：“主要举措和成效”有 ${measures.length} 句沿用了去年报告的数字或年份，请逐句改为今年的情况，或确认无需更新`,
      href: expect.stringMatching(/^\/reports\/r1\/parts\/measures\?from=check&sel=.*#b-/),
    });
    expect(entries.length).toBe(errors.length - pending.length + parts.length);
  });
});
