import { getDatedTerms } from '../template/dated-terms';
import type { TTemplate } from '../template/schema';
import type { TReport } from '../report/schema';
import { reportUnits } from './paragraphs';
import type { TRule } from './rule';
import { basicsFilled } from './rules/basics-filled';
import { carriedOver } from './rules/carried-over';
import { datedTerms } from './rules/dated-terms';
import { deadline } from './rules/deadline';
import { figureContradiction, figureNotInTable, figureRate, figureUnchanged } from './rules/figures';
import { impossibleFigures } from './rules/impossible-figures';
import { leadershipDuties } from './rules/leadership-duties';
import { length } from './rules/length';
import { personalData } from './rules/personal-data';
import { placeholders } from './rules/placeholders';
import { plansYear } from './rules/plans-year';
import { punctuation } from './rules/punctuation';
import { repeatedParagraph } from './rules/repeated-paragraph';
import { requiredParts } from './rules/required-parts';
import { shortcomingsReasons } from './rules/shortcomings-reasons';
import { staleYear } from './rules/stale-year';
import { structureDepth } from './rules/structure-depth';
import { submissionElements } from './rules/submission-elements';
import { findingKey, type TFinding } from './types';

export const RULES: TRule[] = [
  basicsFilled,
  requiredParts,
  structureDepth,
  submissionElements,
  carriedOver,
  leadershipDuties,
  shortcomingsReasons,
  plansYear,
  staleYear,
  placeholders,
  punctuation,
  repeatedParagraph,
  impossibleFigures,
  figureRate,
  figureContradiction,
  figureNotInTable,
  figureUnchanged,
  datedTerms,
  personalData,
  length,
  deadline,
];

export type TCheckResult = { errors: TFinding[]; hints: TFinding[]; dismissed: TFinding[] };

/** Every rule over the report: 错误 first, then the 提示 the clerk has not dismissed. Pure. */
export function runChecks(report: TReport, template: TTemplate): TCheckResult {
  const context = { report, template, datedTerms: getDatedTerms(), units: reportUnits(report, template) };
  const findings = RULES.flatMap((rule) => rule.run(context));
  const dismissedKeys = new Set((report.dismissals ?? []).map((d) => d.key));
  const isDismissed = (f: TFinding) => f.severity === '提示' && dismissedKeys.has(findingKey(f));
  return {
    errors: findings.filter((f) => f.severity === '错误'),
    hints: findings.filter((f) => f.severity === '提示' && !isDismissed(f)),
    dismissed: findings.filter(isDismissed),
  };
}
