import type { TTemplate } from '../template/schema';
import type { TReport } from './schema';
import { basicsComplete, hasContent } from './steps';

/** Why the 正式稿 cannot be downloaded yet, in the clerk's words; empty when it can. The 草稿 is always there. */
export function finalBlockers(report: TReport, template: TTemplate): string[] {
  return [
    ...(basicsComplete(report) ? [] : ['基本信息（标题、主送机关、落款、成文日期）还没有填写完整']),
    ...template.parts.filter((p) => !hasContent(report.parts[p.key])).map((p) => `“${p.label}”还没有内容`),
  ];
}
