import { findFigures } from '../lib/figures/find-figures';
import { getIndicators } from '../lib/figures/get-indicators';
import { PATHOLOGICAL, pathologicalReport } from '../tests/support/pathological';
import { scaledReport } from './scaled-report';
import { figure, median, timeIt, type TFigure } from './stats';

/** Finding the key indicators in a 30,000-character report, and in the bodies built against linear text work. */
export async function benchFigures(): Promise<TFigure[]> {
  const report = scaledReport(30_000);
  const indicators = getIndicators(report.unitKind);
  findFigures(report, indicators);
  const samples = await timeIt(50, () => Promise.resolve(findFigures(report, indicators)));
  let worst = 0;
  for (const p of PATHOLOGICAL) {
    const hostile = pathologicalReport(p);
    findFigures(hostile, indicators);
    worst = Math.max(worst, median(await timeIt(3, () => Promise.resolve(findFigures(hostile, indicators)))));
  }
  return [
    figure('查找关键指标（3 万字，50 次中位数）', median(samples), 'ms', 20),
    figure('查找关键指标（正文 10 万字的各种极端文字，最慢一种的 3 次中位数）', worst, 'ms', 200),
  ];
}
