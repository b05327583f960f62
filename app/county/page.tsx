import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { after } from 'next/server';
import { readsAll } from '@/lib/auth/actor';
import { requireActor } from '@/lib/auth/require-actor';
import { todayInChina } from '@/lib/report/deadlines';
import { countedDashboard } from '@/lib/review/counted-dashboard';
import { dashboardView, ZDashboardQuery } from '@/lib/review/dashboard-view';
import { DashboardFilters } from '@/components/county/dashboard-filters';
import { DashboardSummary } from '@/components/county/dashboard-summary';
import { DashboardTable } from '@/components/county/dashboard-table';

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: '汇总' };
export const dynamic = 'force-dynamic';

/** 汇总: every unit's report of a year for the county's reviewers, filtered and ordered by the address. */
export default async function CountyPage({ searchParams }: TProps) {
  const actor = await requireActor('/county');
  if (!readsAll(actor)) notFound();
  const given = Object.fromEntries(Object.entries(await searchParams).filter((e): e is [string, string] => typeof e[1] === 'string'));
  // Unless asked for another, the year being collected now: last year, in China.
  const current = Number(todayInChina().slice(0, 4)) - 1;
  const parsed = ZDashboardQuery.safeParse({ year: current, ...given });
  const query = parsed.success ? parsed.data : ZDashboardQuery.parse({ ...given, year: current });
  const dashboard = await countedDashboard(actor, query.year, after);
  const view = dashboardView(dashboard, query);
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{query.year}年度报告汇总</h1>
      {parsed.success ? null : (
        <p role="alert" className="mb-3 rounded bg-amber-50 p-3">
          网址中的年度“{given.year}”无效，显示的是 {current} 年度。
        </p>
      )}
      <DashboardSummary dashboard={dashboard} view={view} query={query} />
      <DashboardFilters query={query} />
      <DashboardTable rows={view.rows} sort={query.sort} year={query.year} />
    </>
  );
}
