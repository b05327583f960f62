import type { TTemplate } from '../template/schema';
import type { TDatedTerm } from '../template/dated-terms';
import type { TReport } from '../report/schema';
import type { TFinding, TTextUnit } from './types';

/** What every rule reads; `units` is every printed text with its place, split once per run. */
export type TCheckContext = { report: TReport; template: TTemplate; datedTerms: TDatedTerm[]; units: TTextUnit[] };

/** One rule: an id, what it looks for, and the findings it makes. Pure. */
export type TRule = { id: string; title: string; run: (context: TCheckContext) => TFinding[] };
