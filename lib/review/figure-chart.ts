import 'server-only';
import * as echarts from 'echarts';
import type { TFigureView, TFigureViewRow } from './figure-view';

const BAR_WIDTH = 36;
// Past this many units, a bar a unit cannot be read: the chart shows how the units spread instead (how
// many gave a figure in each range), and the table below names them.
const NAMED_BARS = 40;
const BINS = 10;

type TSeries = { name: string; data: Array<number | null>; color: string; labels: boolean };

/** How many units gave a figure in each of up to ten equal ranges between the least and the most. */
function spread(rows: TFigureViewRow[], unit: string): { labels: string[]; counts: number[] } {
  const values = rows.map((r) => r.value).filter((v): v is number => v !== null);
  if (values.length === 0) return { labels: [], counts: [] };
  const [low, high] = [Math.min(...values), Math.max(...values)];
  const step = Math.max(1, Math.ceil((high - low + 1) / BINS));
  const bins = Math.ceil((high - low + 1) / step);
  const counts = Array.from({ length: bins }, () => 0);
  for (const v of values) counts[Math.min(bins - 1, Math.floor((v - low) / step))]! += 1;
  const labels = counts.map((_, i) => (step === 1 ? `${low + i}${unit}` : `${low + i * step}–${low + (i + 1) * step - 1}${unit}`));
  return { labels, counts };
}

/** One indicator across the county as a bar chart, drawn on the server as SVG (ECharts' server-side
 * renderer): this year's and last year's figure of each unit, or, for a large county, how many units
 * gave a figure in each range. Names and numbers are escaped by the renderer; the page's table says the
 * same for readers that cannot see it. */
export function figureChartSvg(view: TFigureView): string {
  const given = view.rows.filter((r) => r.value !== null || r.lastYear !== null);
  const byUnit = given.length <= NAMED_BARS;
  const { labels, counts } = spread(given, view.indicator.unit);
  const categories = byUnit ? given.map((r) => r.unitName) : labels;
  const series: TSeries[] = byUnit
    ? [
        { name: '今年', data: given.map((r) => r.value), color: '#1d4ed8', labels: true },
        { name: '去年', data: given.map((r) => r.lastYear), color: '#9ca3af', labels: false },
      ]
    : [{ name: '单位数', data: counts, color: '#1d4ed8', labels: true }];
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: Math.max(480, 120 + categories.length * BAR_WIDTH * series.length), height: 360 });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'sans-serif' },
      legend: { top: 0, data: series.map((s) => s.name) },
      grid: { left: 60, right: 20, top: 40, bottom: 90 },
      xAxis: { type: 'category', data: categories, name: byUnit ? '' : view.indicator.name, nameLocation: 'middle', nameGap: 70, axisLabel: { rotate: 30, interval: 0 } },
      yAxis: { type: 'value', name: byUnit ? view.indicator.unit : '单位数', minInterval: 1 },
      series: series.map((s) => ({ name: s.name, type: 'bar', data: s.data, label: { show: s.labels, position: 'top' }, itemStyle: { color: s.color } })),
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
