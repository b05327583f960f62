import { runChecks } from '../lib/checks/run-checks';
import { renderDocx } from '../lib/docx/render-docx';
import { getTemplate } from '../lib/template/get-template';
import { PATHOLOGICAL, pathologicalReport } from '../tests/support/pathological';
import { figure, median, timeIt, type TFigure } from './stats';

const RUNS = 3;

/** Checking and rendering a report whose one section body is 100,000 characters built to find a
 * super-linear path: each must stay well within a request. */
export async function benchPathological(): Promise<TFigure[]> {
  const template = getTemplate();
  const figures: TFigure[] = [];
  for (const p of PATHOLOGICAL) {
    const report = pathologicalReport(p);
    runChecks(report, template);
    await renderDocx(report);
    const checks = await timeIt(RUNS, () => Promise.resolve(runChecks(report, template)));
    const render = await timeIt(RUNS, () => renderDocx(report));
    figures.push(
      figure(`全部检查规则（正文 10 万字：${p.name}，${RUNS} 次中位数）`, median(checks), 'ms', 200),
      figure(`渲染 .docx（正文 10 万字：${p.name}，${RUNS} 次中位数）`, median(render), 'ms', 200),
    );
  }
  return figures;
}
