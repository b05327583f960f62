import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { createAccountsRepository } from '../accounts/accounts-repository';
import { getDatabase } from '../db/get-database';
import { SYSTEM, type TUserActor } from './actor';
import { currentActor } from './current-actor';
import { getAuth } from './get-auth';

/** The signed-in person of a page, read once per request. Nobody signed in: the sign-in page, which comes
 * back to `returnTo` afterwards; or, on a server nobody has set up yet, 初始设置. */
export const requireActor = cache(async (returnTo: string): Promise<TUserActor> => {
  const actor = await currentActor(await headers());
  if (actor) return actor;
  const accounts = createAccountsRepository(await getDatabase(), await getAuth(), SYSTEM);
  if (!(await accounts.isSetUp())) redirect('/setup');
  redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
});
