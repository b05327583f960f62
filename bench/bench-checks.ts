import { runChecks } from '../lib/checks/run-checks';
import { getTemplate } from '../lib/template/get-template';
import { scaledReport } from './scaled-report';
import { figure, median, timeIt, type TFigure } from './stats';

export async function benchChecks(): Promise<TFigure[]> {
  const report = scaledReport(30_000);
  const template = getTemplate();
  runChecks(report, template);
  const samples = await timeIt(50, () => Promise.resolve(runChecks(report, template)));
  return [figure('全部检查规则（3 万字，50 次中位数）', median(samples), 'ms', 20)];
}
