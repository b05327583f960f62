import type { TTemplate } from '../template/schema';
import { placeHref } from './place-href';
import type { TFinding } from './types';

export type TSummaryEntry = { fieldId: string; message: string; href: string };

/**
 * The 检查并下载 page's list of 错误: each one a link to its place, except the sentences 待更新, which a
 * rolled-forward report holds by the dozen: one link a part (or the opening), with the count, to the
 * first of them.
 */
export function errorSummaryEntries(reportId: string, errors: TFinding[], template: TTemplate): TSummaryEntry[] {
  const entry = (f: TFinding, message = f.message): TSummaryEntry => ({ fieldId: f.place.sectionId ?? f.place.field, message, href: placeHref(reportId, f.place) });
  const pending = new Map<string, TFinding[]>();
  const entries: Array<TSummaryEntry | string> = [];
  for (const f of errors) {
    if (f.ruleId !== 'carried-over') {
      entries.push(entry(f));
      continue;
    }
    const group = f.place.part ?? 'opening';
    if (!pending.has(group)) entries.push(group);
    pending.set(group, [...(pending.get(group) ?? []), f]);
  }
  return entries.map((e) => {
    if (typeof e !== 'string') return e;
    const found = pending.get(e)!;
    const where = e === 'opening' ? '开头' : `“${template.parts.find((p) => p.key === e)?.label ?? e}”`;
    return entry(found[0]!, `待更新：${where}有 ${found.length} 句沿用了去年报告的数字或年份，请逐句改为今年的情况，或确认无需更新`);
  });
}
