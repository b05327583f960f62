import { z } from 'zod';
import data from '../../templates/dated-terms.json';

/** A term that dates a report: fine in reports on years firstYear..lastYear, out of date outside them. */
export const ZDatedTerm = z.object({
  term: z.string().min(1),
  firstYear: z.number().int().optional(),
  lastYear: z.number().int().optional(),
  replacement: z.string().min(1),
  why: z.string().min(1),
});
export type TDatedTerm = z.infer<typeof ZDatedTerm>;

const DATED_TERMS = z.object({ terms: z.array(ZDatedTerm) }).parse(data).terms;

export function getDatedTerms(): TDatedTerm[] {
  return DATED_TERMS;
}
