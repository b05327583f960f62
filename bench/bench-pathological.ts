import { runChecks } from '../lib/checks/run-checks';
import { IMPORT_LIMITS } from '../lib/import/limits';
import { normalizedLines } from '../lib/import/normalize-text';
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
  // Text run together on one line, as long as an import takes, built so that the splitter's widest
  // look-behind (a heading's sixty characters before its （一）) is full at every position.
  const unit = `一、${'法'.repeat(58)}`;
  const flat = `。一、法。一、法${unit.repeat(Math.floor((IMPORT_LIMITS.textChars * 0.95) / unit.length))}`;
  const split = await timeIt(RUNS, () => Promise.resolve(normalizedLines([{ text: flat }])));
  figures.push(figure(`拆分挤成一行的文字（${Math.round(flat.length / 10_000)} 万字，最坏情形，${RUNS} 次中位数）`, median(split), 'ms', 5_000));
  return figures;
}
