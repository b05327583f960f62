import { countPart, countReport } from '../../report/count';
import { hasContent } from '../../report/steps';
import type { TRule } from '../rule';
import type { TFinding } from '../types';

// Below this size a report is still being written, and proportions say nothing yet.
const MIN_FOR_PROPORTION = 1500;

/** 提示: the whole report over the template's soft limit, or a part far out of proportion. */
export const length: TRule = {
  id: 'length',
  title: '篇幅',
  run: ({ report, template }) => {
    const total = countReport(report);
    const chars = Object.fromEntries(template.parts.map((p) => [p.key, countPart(report.parts[p.key])]));
    const findings: TFinding[] = [];
    if (total > template.softLimit) {
      findings.push({
        ruleId: 'length',
        severity: '提示',
        message: `全文${total}字，超过了建议的${template.softLimit}字，请精简。`,
        place: { part: null, field: 'part' },
        excerpt: String(template.softLimit),
      });
    }
    if (total < MIN_FOR_PROPORTION) return findings;
    for (const p of template.parts) {
      const partChars = chars[p.key] ?? 0;
      if (p.minShare === undefined || !hasContent(report.parts[p.key]) || partChars >= total * p.minShare) continue;
      findings.push({
        ruleId: 'length',
        severity: '提示',
        message: `“${p.label}”只有${partChars}字，占全文${((partChars / total) * 100).toFixed(1)}%，与其他部分相比过短（建议不少于${Math.round(p.minShare * 100)}%）。`,
        place: { part: p.key, field: 'part' },
        excerpt: p.label,
      });
    }
    return findings;
  },
};
