import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { headers } from 'next/headers';
import { createAccountsRepository } from '@/lib/accounts/accounts-repository';
import { SYSTEM } from '@/lib/auth/actor';
import { currentActor } from '@/lib/auth/current-actor';
import { getAuth } from '@/lib/auth/get-auth';
import { safeNext } from '@/lib/auth/safe-next';
import { getDatabase } from '@/lib/db/get-database';
import { SignInForm } from '@/components/auth/sign-in-form';

export const metadata: Metadata = { title: '登录' };
export const dynamic = 'force-dynamic';

type TProps = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignInPage({ searchParams }: TProps) {
  const next = safeNext((await searchParams).next);
  if (await currentActor(await headers())) redirect(next);
  if (!(await createAccountsRepository(await getDatabase(), await getAuth(), SYSTEM).isSetUp())) redirect('/setup');
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">登录</h1>
      <p className="mb-4 max-w-2xl text-gray-700">请用管理员给您的登录名和密码登录。忘记密码时，请联系本县（区）的年报管理员重设。</p>
      <SignInForm next={next} />
    </>
  );
}
