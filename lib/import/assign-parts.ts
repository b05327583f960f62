import type { TTemplate } from '../template/schema';
import type { TPartKey } from '../report/part-keys';

export type TAssignment = { part: TPartKey; reason: string; namesPart: boolean };

// Checked in this order: a heading about problems or plans may also mention 举措; one about the
// 第一责任人 may also mention 成效.
const ORDER: TPartKey[] = ['other', 'leadership', 'shortcomings', 'plans', 'measures'];

/** Which of the five parts a top-level heading of last year's report belongs to, and why; and whether the
 * heading names the part itself: a part's keyword together with the template's words for a part heading. */
export function assignPart(heading: string, year: number | null, template: TTemplate): TAssignment {
  const parts = ORDER.map((key) => template.parts.find((p) => p.key === key)!).filter(Boolean);
  const namesPart = new RegExp(template.partHeadingPattern).test(heading);
  for (const part of parts) {
    for (const pattern of part.headingPatterns) {
      const m = new RegExp(pattern).exec(heading);
      if (m) return { part: part.key, reason: `标题中有“${m[0]}”→ ${part.label}`, namesPart };
    }
    if (part.key === 'plans' && year !== null && heading.includes(`${year + 1}年`)) {
      return { part: 'plans', reason: `标题写的是${year + 1}年（报告年度的下一年）→ ${part.label}`, namesPart };
    }
  }
  const measures = template.parts.find((p) => p.key === 'measures')!;
  return { part: 'measures', reason: `没有其他部分的关键词 → ${measures.label}`, namesPart: false };
}
