import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { readsAll } from '@/lib/auth/actor';
import { requireActor } from '@/lib/auth/require-actor';
import { allIndicators } from '@/lib/figures/get-indicators';
import { todayInChina } from '@/lib/report/deadlines';
import { figureChartSvg } from '@/lib/review/figure-chart';
import { chosenIndicator, figureText, figureView, ZFigureQuery } from '@/lib/review/figure-view';
import { getReview } from '@/lib/review/get-review';
import { BUTTON } from '@/components/ui/button-classes';

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: '主要数据汇总' };
export const dynamic = 'force-dynamic';

/** 主要数据汇总: one key indicator across the county — each unit's figure this year and last, the change,
 * the county's total, a chart, and the export. */
export default async function CountyFiguresPage({ searchParams }: TProps) {
  const actor = await requireActor('/county/figures');
  if (!readsAll(actor)) notFound();
  const given = Object.fromEntries(Object.entries(await searchParams).filter((e): e is [string, string] => typeof e[1] === 'string'));
  const current = Number(todayInChina().slice(0, 4)) - 1;
  const parsed = ZFigureQuery.safeParse({ year: current, ...given });
  const query = parsed.success ? parsed.data : { year: current, indicator: undefined };
  const indicator = chosenIndicator(query.indicator);
  const view = figureView(await (await getReview(actor)).figureTables(query.year), indicator);
  const address = (format: string) => `/api/dashboard/figures?year=${query.year}&indicator=${indicator.key}&format=${format}`;
  const th = 'border-b-2 border-gray-700 px-2 py-2 text-left';
  const td = 'border-b border-gray-200 px-2 py-2';
  return (
    <>
      <Link href={`/county?year=${query.year}`} className="text-accent underline">
        返回汇总
      </Link>
      <h1 className="my-3 text-3xl font-bold">{query.year}年度主要数据汇总</h1>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 rounded bg-white p-3">
        <input type="hidden" name="year" value={query.year} />
        <div>
          <label htmlFor="indicator" className="block font-bold">
            指标
          </label>
          <select id="indicator" name="indicator" defaultValue={indicator.key} className="rounded border-2 border-gray-700 px-2 py-1">
            {allIndicators().map((i) => (
              <option key={i.key} value={i.key}>
                {i.name}（{i.unit}）
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={BUTTON.secondary}>
          查看
        </button>
      </form>
      <p className="mb-3" data-testid="figure-summary">
        {view.rows.length} 个单位应填报此项，{view.reported} 个已填；{view.totalLabel}：{figureText(view.total, indicator)}（去年 {figureText(view.lastYearTotal, indicator)}）。
      </p>
      {view.reported > 0 || view.lastYearTotal !== null ? (
        <figure className="mb-4 overflow-x-auto rounded bg-white p-3" aria-label={`${indicator.name}：各单位今年与去年的数值，见下表`} data-testid="figure-chart">
          {/* ECharts' own SVG, drawn on the server with every name escaped. */}
          <div role="img" aria-label={`${indicator.name}柱状图`} dangerouslySetInnerHTML={{ __html: figureChartSvg(view) }} />
        </figure>
      ) : null}
      <div className="overflow-x-auto rounded bg-white shadow-sm">
        <table className="w-full text-sm" data-testid="figure-table">
          <caption className="p-2 text-left text-gray-700">
            {indicator.name}（{indicator.unit}）
          </caption>
          <thead>
            <tr>
              {['单位', '类型', '状态', '今年', '去年', '变化'].map((h) => (
                <th key={h} scope="col" className={th}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((r) => (
              <tr key={r.unitId} data-testid="figure-row">
                <th scope="row" className={`${td} text-left font-normal`}>
                  {/* A plain link a row: three hundred client links would double the page's server time. */}
                  {r.reportId ? (
                    <a href={`/reports/${r.reportId}/preview`} className="text-accent underline">
                      {r.unitName}
                    </a>
                  ) : (
                    r.unitName
                  )}
                </th>
                <td className={td}>{r.unitKind}</td>
                <td className={td}>{r.status}</td>
                <td className={td}>{figureText(r.value, indicator)}</td>
                <td className={td}>{figureText(r.lastYear, indicator)}</td>
                <td className={td}>{r.change}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="font-bold">
              <th scope="row" className={`${td} text-left`}>
                {view.totalLabel}
              </th>
              <td className={td} />
              <td className={td} />
              <td className={td} data-testid="figure-total">
                {figureText(view.total, indicator)}
              </td>
              <td className={td}>{figureText(view.lastYearTotal, indicator)}</td>
              <td className={td} />
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="mt-3 flex gap-3">
        <a href={address('csv')} className={BUTTON.secondary}>
          导出 CSV
        </a>
        <a href={address('xlsx')} className={BUTTON.secondary}>
          导出 Excel
        </a>
      </p>
    </>
  );
}
