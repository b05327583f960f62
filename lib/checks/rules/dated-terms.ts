import type { TRule } from '../rule';
import type { TFinding } from '../types';

/** 提示: terms out of date for the report year (the list is data: templates/dated-terms.json). */
export const datedTerms: TRule = {
  id: 'dated-term',
  title: '过时的提法',
  run: ({ report, datedTerms: terms, units }) => {
    const stale = terms.filter((t) => (t.lastYear !== undefined && report.year > t.lastYear) || (t.firstYear !== undefined && report.year < t.firstYear));
    const findings: TFinding[] = [];
    for (const unit of units) {
      for (const t of stale) {
        for (let at = unit.text.indexOf(t.term); at >= 0; at = unit.text.indexOf(t.term, at + t.term.length)) {
          findings.push({
            ruleId: 'dated-term',
            severity: '提示',
            message: `“${t.term}”在${report.year}年度报告中已过时，应为“${t.replacement}”：${t.why}。`,
            place: { ...unit.place, start: at, end: at + t.term.length },
            excerpt: t.term,
          });
        }
      }
    }
    return findings;
  },
};
