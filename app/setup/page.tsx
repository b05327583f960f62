import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { createAccountsRepository } from '@/lib/accounts/accounts-repository';
import { SYSTEM } from '@/lib/auth/actor';
import { getAuth } from '@/lib/auth/get-auth';
import { getDatabase } from '@/lib/db/get-database';
import { SetUpForm } from '@/components/auth/setup-form';

export const metadata: Metadata = { title: '初始设置' };
export const dynamic = 'force-dynamic';

export default async function SetUpPage() {
  if (await createAccountsRepository(await getDatabase(), await getAuth(), SYSTEM).isSetUp()) redirect('/sign-in');
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">初始设置</h1>
      <p className="mb-4 max-w-2xl text-gray-700">
        第一次使用年报：请设置管理员账号和第一个单位。管理员也是这个单位的填报人；之后可以在“管理”中添加其他单位、填报人和审核人。
        以前在本机写的报告会全部归入这个单位。
      </p>
      <SetUpForm />
    </>
  );
}
