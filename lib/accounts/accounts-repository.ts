import type { Kysely } from 'kysely';
import type { TAuth } from '../auth/auth';
import { readsAll, type TActor } from '../auth/actor';
import { isUniqueViolation } from '../db/errors';
import type { Database } from '../db/tables';
import { forgetSessions } from '../auth/session-memo';
import { AccountsError } from './accounts-error';
import { unitsFromCsv, usersFromCsv } from './accounts-csv';
import { withUnitIds } from './unit-ids';
import { ZNewUser, type TNewUser, type TSetUp, type TUnit, type TUnitInput, type TUserSummary } from './schema';

/** better-auth's users need an e-mail address, which clerks sign in without: one that can never be delivered. */
const emailOf = (login: string) => `${login.toLowerCase()}@users.nianbao.invalid`;

const SET_UP_KEY = 'set_up_at';

export interface AccountsRepository {
  /** Whether the server has an administrator (初始设置 done, or one made with the CLI). */
  isSetUp(): Promise<boolean>;
  /** 初始设置 on an empty server: the first unit and its clerk, who is the administrator; every report made
   * before accounts moves into that unit. AccountsError when it has already been done. */
  setUp(input: TSetUp): Promise<{ userId: string; unitId: string }>;
  /** The units `actor` may see: every unit for reviewers and administrators, else their own. */
  listUnits(): Promise<TUnit[]>;
  /** All or nothing: one name already taken (or given twice) and no unit is added. */
  addUnits(inputs: TUnitInput[]): Promise<TUnit[]>;
  listUsers(): Promise<TUserSummary[]>;
  /** All or nothing, like addUnits: every login is checked first, and the accounts made before a
   * failure are removed again. */
  addUsers(inputs: TNewUser[]): Promise<TUserSummary[]>;
  /** Sets a new password and signs the person out everywhere. */
  setPassword(login: string, password: string): Promise<void>;
  /** Units, and accounts (their units by name), from a spreadsheet saved as CSV: every row checked first,
   * one bad row names itself and nothing is added. */
  importUnits(csv: string): Promise<TUnit[]>;
  importUsers(csv: string): Promise<TUserSummary[]>;
}

/** Units and accounts: only administrators (and the operator's CLI) change them. Passwords and sessions are
 * better-auth's, reached through its own adapter so they are hashed and stored exactly as sign-in reads them. */
export function createAccountsRepository(db: Kysely<Database>, auth: TAuth, actor: TActor, now: () => Date = () => new Date()): AccountsRepository {
  const mayAdminister = actor.kind === 'system' || actor.admin;
  const administer = () => {
    if (!mayAdminister) throw new AccountsError(403, '只有管理员可以管理单位和账号。');
  };

  const unitOf = (row: { id: string; name: string; kind: string; superior: string; created_at: string }): TUnit => ({
    id: row.id,
    name: row.name,
    kind: row.kind as TUnit['kind'],
    superior: row.superior,
    createdAt: row.created_at,
  });

  const insertUnit = async (on: Kysely<Database>, input: TUnitInput): Promise<TUnit> => {
    const row = { id: globalThis.crypto.randomUUID(), name: input.name, kind: input.kind, superior: input.superior, created_at: now().toISOString() };
    try {
      await on.insertInto('units').values(row).execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw new AccountsError(409, `单位“${input.name}”已经存在。`);
      throw error;
    }
    return unitOf(row);
  };

  /** The account first (better-auth hashes the password), then its units and roles; a failure after the
   * account was made removes it again, so nothing is half-created. */
  const createUser = async (given: TNewUser): Promise<TUserSummary> => {
    const input = ZNewUser.parse(given);
    const login = input.login.toLowerCase();
    const known = await db.selectFrom('units').select('id').where('id', 'in', input.clerkOf.length > 0 ? input.clerkOf : ['']).execute();
    if (known.length !== new Set(input.clerkOf).size) throw new AccountsError(422, '所选单位不存在。');
    if (await db.selectFrom('auth_users').select('id').where('username', '=', login).executeTakeFirst()) {
      throw new AccountsError(409, `登录名“${input.login}”已经有人使用。`);
    }
    const context = await auth.$context;
    const hash = await context.password.hash(input.password);
    let user;
    try {
      user = await context.internalAdapter.createUser({ email: emailOf(login), name: input.name, emailVerified: false, username: login, displayUsername: input.login }, { method: 'admin' });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AccountsError(409, `登录名“${input.login}”已经有人使用。`);
      throw error;
    }
    try {
      await context.internalAdapter.linkAccount({ userId: user.id, providerId: 'credential', accountId: user.id, password: hash });
      await db.transaction().execute(async (trx) => {
        for (const unitId of new Set(input.clerkOf)) await trx.insertInto('unit_clerks').values({ unit_id: unitId, user_id: user.id }).execute();
        for (const role of new Set(input.roles)) await trx.insertInto('user_roles').values({ user_id: user.id, role }).execute();
      });
    } catch (error) {
      await db.deleteFrom('auth_users').where('id', '=', user.id).execute();
      throw error;
    }
    return { id: user.id, name: input.name, login: input.login, clerkOf: [...new Set(input.clerkOf)], roles: [...new Set(input.roles)] };
  };

  // An administrator exists, whether made at 初始设置 or by the operator's `cli user add --role admin`.
  const isSetUp = async () => (await db.selectFrom('user_roles').select('user_id').where('role', '=', 'admin').executeTakeFirst()) !== undefined;

  const repository: AccountsRepository = {
    isSetUp,

    async setUp(input) {
      if (await isSetUp()) throw new AccountsError(409, '已经完成初始设置，请登录。');
      // The marker is written first and is unique: of two set-ups at once, the second stops here.
      try {
        await db.insertInto('app_settings').values({ key: SET_UP_KEY, value: now().toISOString() }).execute();
      } catch (error) {
        if (isUniqueViolation(error)) throw new AccountsError(409, '已经完成初始设置，请登录。');
        throw error;
      }
      let unit: TUnit | undefined;
      try {
        unit = await insertUnit(db, input.unit);
        const user = await createUser({ ...input.admin, clerkOf: [unit.id], roles: ['admin'] });
        await db.updateTable('reports').set({ unit_id: unit.id }).where('unit_id', 'is', null).execute();
        return { userId: user.id, unitId: unit.id };
      } catch (error) {
        if (unit) await db.deleteFrom('units').where('id', '=', unit.id).execute();
        await db.deleteFrom('app_settings').where('key', '=', SET_UP_KEY).execute();
        throw error;
      }
    },

    async listUnits() {
      const all = db.selectFrom('units').selectAll().orderBy('superior').orderBy('name');
      if (mayAdminister || readsAll(actor)) return (await all.execute()).map(unitOf);
      const own = actor.kind === 'user' ? actor.clerkOf : [];
      return own.length > 0 ? (await all.where('id', 'in', own).execute()).map(unitOf) : [];
    },

    async addUnits(inputs) {
      administer();
      const names = inputs.map((u) => u.name);
      const twice = names.find((name, i) => names.indexOf(name) !== i);
      if (twice) throw new AccountsError(409, `单位“${twice}”出现了两次。`);
      return db.transaction().execute(async (trx) => {
        const added: TUnit[] = [];
        for (const input of inputs) added.push(await insertUnit(trx, input));
        return added;
      });
    },

    async listUsers() {
      administer();
      const users = await db.selectFrom('auth_users').select(['id', 'name', 'username', 'displayUsername']).orderBy('username').execute();
      const clerks = await db.selectFrom('unit_clerks').selectAll().execute();
      const roles = await db.selectFrom('user_roles').selectAll().execute();
      return users.map((u) => ({
        id: u.id,
        name: u.name,
        login: u.displayUsername ?? u.username ?? '',
        clerkOf: clerks.filter((c) => c.user_id === u.id).map((c) => c.unit_id),
        roles: roles.filter((r) => r.user_id === u.id).map((r) => r.role),
      }));
    },

    async addUsers(inputs) {
      administer();
      const logins = inputs.map((u) => u.login.trim().toLowerCase());
      const twice = logins.find((login, i) => logins.indexOf(login) !== i);
      if (twice) throw new AccountsError(409, `登录名“${twice}”出现了两次。`);
      const taken = logins.length > 0 ? await db.selectFrom('auth_users').select('username').where('username', 'in', logins).executeTakeFirst() : undefined;
      if (taken) throw new AccountsError(409, `登录名“${taken.username}”已经有人使用。`);
      const added: TUserSummary[] = [];
      try {
        for (const input of inputs) added.push(await createUser(input));
      } catch (error) {
        for (const user of added) await db.deleteFrom('auth_users').where('id', '=', user.id).execute();
        throw error;
      }
      return added;
    },

    async setPassword(login, password) {
      administer();
      const user = await db.selectFrom('auth_users').select('id').where('username', '=', login.trim().toLowerCase()).executeTakeFirst();
      if (!user) throw new AccountsError(404, `没有登录名为“${login}”的账号。`);
      const context = await auth.$context;
      await context.internalAdapter.updatePassword(user.id, await context.password.hash(password));
      await context.internalAdapter.deleteUserSessions(user.id);
      forgetSessions();
    },
    async importUnits(csv) {
      administer();
      return repository.addUnits(unitsFromCsv(csv));
    },
    async importUsers(csv) {
      administer();
      return repository.addUsers(await withUnitIds(repository, usersFromCsv(csv)));
    },
  };
  return repository;
}
