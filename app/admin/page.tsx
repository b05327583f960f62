import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getAccounts } from '@/lib/accounts/get-accounts';
import { requireActor } from '@/lib/auth/require-actor';
import { todayInChina } from '@/lib/report/deadlines';
import { getReview } from '@/lib/review/get-review';
import { DeadlinesSection } from '@/components/admin/deadlines-section';
import { UnitsSection } from '@/components/admin/units-section';
import { UsersSection } from '@/components/admin/users-section';

export const metadata: Metadata = { title: '管理' };
export const dynamic = 'force-dynamic';

/** 管理, for administrators: the county's units, accounts and roles, and the year's deadlines. */
export default async function AdminPage() {
  const actor = await requireActor('/admin');
  if (!actor.admin) notFound();
  const accounts = await getAccounts(actor);
  const [units, users] = await Promise.all([accounts.listUnits(), accounts.listUsers()]);
  // The reports being collected now are last year's.
  const year = Number(todayInChina().slice(0, 4)) - 1;
  const deadlines = await (await getReview(actor)).deadlines(year);
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">管理</h1>
      <UnitsSection units={units} />
      <UsersSection users={users} units={units} />
      <DeadlinesSection year={year} deadlines={deadlines} />
    </>
  );
}
