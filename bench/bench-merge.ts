import { mergeReports } from '../lib/report/merge-reports';
import type { TReport, TSection } from '../lib/report/schema';
import { scaledReport } from './scaled-report';
import { figure, median, timeIt, type TFigure } from './stats';

const EDITED = 50;

function sectionsOf(report: TReport): TSection[] {
  const out: TSection[] = [];
  const walk = (list: TSection[]) => list.forEach((s) => (out.push(s), walk(s.children)));
  Object.values(report.parts).forEach((p) => walk(p.sections));
  return out;
}

/** A copy with EDITED sections' bodies extended, spread over the report; `side` 0 and 1 edit alternate
 * sections, so that the two sides never edit the same one. */
function withEdits(report: TReport, side: 0 | 1, note: string): TReport {
  const copy = structuredClone(report);
  const sections = sectionsOf(copy);
  const step = Math.floor(sections.length / (2 * EDITED));
  if (step < 1) throw new Error(`报告只有 ${sections.length} 个小节`);
  for (let i = 0; i < EDITED; i++) {
    const section = sections[(2 * i + side) * step]!;
    section.body = `${section.body}\n${note}${i}。`;
  }
  return copy;
}

/** The merge a refused save runs: two windows' edits to the same 3 万字 report, in different sections. */
export async function benchMerge(): Promise<TFigure[]> {
  const base = scaledReport(30_000);
  const mine = withEdits(base, 0, '本窗口补充');
  const theirs = withEdits(base, 1, '另一窗口补充');
  if (mergeReports(base, mine, theirs).conflicts.length > 0) throw new Error('合并基准不应有冲突');
  const samples = await timeIt(50, () => Promise.resolve(mergeReports(base, mine, theirs)));
  return [figure(`合并两份 3 万字报告（各改 ${EDITED} 个小节，50 次中位数）`, median(samples), 'ms', 20)];
}
