import { LIMITS } from '../limits';
import { DEFAULT_TEMPLATE_ID, isTemplateId } from '../../template/template-ids';
import type { TRawReport } from './raw-report';

/** Later entries were appended later: the last dismissal of each key is the clerk's latest word, and the
 * newest LIMITS.dismissals of those are kept. */
function latestPerKey(dismissals: unknown[]): unknown[] {
  const seen = new Set<unknown>();
  const kept: unknown[] = [];
  for (let i = dismissals.length - 1; i >= 0 && kept.length < LIMITS.dismissals; i--) {
    const entry = dismissals[i];
    const key = typeof entry === 'object' && entry !== null ? (entry as { key?: unknown }).key : undefined;
    if (key !== undefined && seen.has(key)) continue;
    seen.add(key);
    kept.push(entry);
  }
  return kept.reverse();
}

/**
 * v2 holds what v1 only hoped for, and which the old code could break while storing a report: one dismissal
 * per key and at most LIMITS.dismissals of them (the findings route appended without a check), at most
 * LIMITS.carriedOver 待更新 sentences, and a template that exists (an unknown id reads as the standard one,
 * which is what getTemplate already showed for it). Nothing the clerk wrote is touched.
 */
export function v1ToV2(report: TRawReport): TRawReport {
  const next: TRawReport = { ...report, schemaVersion: 2, template: isTemplateId(report.template) ? report.template : DEFAULT_TEMPLATE_ID };
  if (Array.isArray(report.dismissals)) next.dismissals = latestPerKey(report.dismissals);
  if (Array.isArray(report.carriedOver)) next.carriedOver = report.carriedOver.slice(0, LIMITS.carriedOver);
  return next;
}
