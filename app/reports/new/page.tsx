import type { Metadata } from 'next';
import Link from 'next/link';
import { getAccounts } from '@/lib/accounts/get-accounts';
import { requireActor } from '@/lib/auth/require-actor';
import { defaultReportYear } from '@/lib/report/new-report';
import { getTemplate } from '@/lib/template/get-template';
import { NewReportForm } from '@/components/report/new-report-form';

export const metadata: Metadata = { title: '新建报告' };
export const dynamic = 'force-dynamic';

export default async function NewReportPage() {
  const actor = await requireActor('/reports/new');
  const units = actor.clerkOf.length === 1 ? await (await getAccounts(actor)).listUnits() : [];
  const own = units.find((u) => u.id === actor.clerkOf[0]);
  return (
    <>
      <Link href="/" className="text-accent underline">
        返回我的报告
      </Link>
      <h1 className="my-4 text-3xl font-bold">新建报告</h1>
      <NewReportForm defaultYear={defaultReportYear(new Date())} template={getTemplate()} unit={own ? { unit: own.name, unitKind: own.kind } : undefined} />
    </>
  );
}
