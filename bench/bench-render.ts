import { renderDocx } from '../lib/docx/render-docx';
import { scaledReport } from './scaled-report';
import { figure, median, peakRssGrowthMb, timeIt, type TFigure } from './stats';

export async function benchRender(): Promise<TFigure[]> {
  const small = scaledReport(10_000);
  const large = scaledReport(30_000);
  await renderDocx(small);
  await renderDocx(large);
  const smallSamples = await timeIt(50, () => renderDocx(small));
  let largeSamples: number[] = [];
  const growth = await peakRssGrowthMb(async () => {
    largeSamples = await timeIt(20, () => renderDocx(large));
  });
  return [
    figure('渲染 .docx（1 万字，50 次中位数）', median(smallSamples), 'ms', 50),
    figure('渲染 .docx（3 万字，20 次中位数）', median(largeSamples), 'ms', 150),
    figure('渲染 .docx（3 万字）峰值内存增长', growth, 'MB', 100),
  ];
}
