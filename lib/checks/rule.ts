import type { TTemplate } from '../template/schema';
import type { TDatedTerm } from '../template/dated-terms';
import type { TReport } from '../report/schema';
import type { TFinding } from './types';

export type TCheckContext = { report: TReport; template: TTemplate; datedTerms: TDatedTerm[] };

/** One rule: an id, what it looks for, and the findings it makes. Pure. */
export type TRule = { id: string; title: string; run: (context: TCheckContext) => TFinding[] };
