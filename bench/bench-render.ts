import { renderDocx } from '../lib/docx/render-docx';
import { scaledReport } from './scaled-report';
import { figure, median, timeIt, type TFigure } from './stats';

export async function benchRender(): Promise<TFigure[]> {
  const report = scaledReport(10_000);
  await renderDocx(report);
  const samples = await timeIt(50, () => renderDocx(report));
  return [figure('渲染 .docx（1 万字，50 次中位数）', median(samples), 'ms', 50)];
}
