import 'server-only';
import type { TActor } from '../auth/actor';
import { getAuth } from '../auth/get-auth';
import { getDatabase } from '../db/get-database';
import { createAccountsRepository, type AccountsRepository } from './accounts-repository';

/** Units and accounts as `actor` may see and change them. */
export async function getAccounts(actor: TActor): Promise<AccountsRepository> {
  return createAccountsRepository(await getDatabase(), await getAuth(), actor);
}
