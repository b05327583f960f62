import { z } from 'zod';
import { LIMITS } from '../report/limits';
import type { TReport } from '../report/schema';
import { zLine } from '../report/text';
import { applyPunctuationFix } from './apply-fix';
import type { TCheckResult } from './run-checks';
import { findingKey } from './types';

/** POST /api/reports/:id/findings: dismiss a 提示 with a reason, or apply a finding's one-click fix. */
export const ZFindingAction = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('dismiss'),
    key: z.string().min(1).max(400),
    reason: zLine('忽略理由', LIMITS.line).refine((s) => s.trim().length > 0, { error: '请写明忽略的理由' }),
  }),
  z.object({ action: z.literal('fix'), key: z.string().min(1).max(400) }),
  z.object({ action: z.literal('confirm'), key: z.string().min(1).max(2000) }),
]);
export type TFindingAction = z.infer<typeof ZFindingAction>;

/** The report after the action, or why it cannot be applied (the finding is gone or has no fix). */
export function applyFindingAction(report: TReport, { hints, errors }: Pick<TCheckResult, 'hints' | 'errors'>, action: TFindingAction, now: Date): TReport | string {
  const finding = [...hints, ...errors].find((f) => findingKey(f) === action.key);
  if (!finding) return '这条提示已经不存在了（可能已改正），请刷新页面。';
  if (action.action === 'confirm') {
    if (finding.ruleId !== 'carried-over') return '只有“待更新”的句子可以确认无需更新。';
    return { ...report, carriedOver: (report.carriedOver ?? []).filter((s) => s !== finding.excerpt) };
  }
  if (action.action === 'fix') {
    return finding.fix === 'full-width-punctuation' ? applyPunctuationFix(report, finding.place) : '这条提示没有一键改正。';
  }
  if (finding.severity === '错误') return '错误不能忽略，请改正后再下载正式稿。';
  const dismissal = { key: action.key, reason: action.reason.trim(), at: now.toISOString() };
  // Dismissing the same 提示 again replaces the reason: one dismissal per key, as the schema requires.
  const others = (report.dismissals ?? []).filter((d) => d.key !== action.key);
  if (others.length >= LIMITS.dismissals) return `已经忽略了${LIMITS.dismissals}条提示，不能再忽略更多。请改正一些提示，而不是忽略它们。`;
  return { ...report, dismissals: [...others, dismissal] };
}
