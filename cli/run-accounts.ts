import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { createAccountsRepository, type AccountsRepository } from '../lib/accounts/accounts-repository';
import type { TUserRow } from '../lib/accounts/accounts-csv';
import { withUnitIds } from '../lib/accounts/unit-ids';
import { ZNewUser, ZPasswordReset, ZUnitInput } from '../lib/accounts/schema';
import { ROLE_LABELS, SYSTEM } from '../lib/auth/actor';
import { getAuth } from '../lib/auth/get-auth';
import { getDatabase } from '../lib/db/get-database';
import { fieldErrorsOf } from '../lib/http/field-errors';
import { CliError } from './cli-error';
import { decodeText } from '../lib/import/decode-text';

export type TAccountOptions = { name?: string; kind?: string; superior?: string; password?: string; unit?: string[]; role?: string[]; csv?: string };

/** The operator's own account work on the server (set up a county from a spreadsheet): the CLI acts as SYSTEM. */
async function withAccounts<T>(work: (accounts: AccountsRepository) => Promise<T>): Promise<T> {
  const db = await getDatabase();
  try {
    return await work(createAccountsRepository(db, await getAuth(), SYSTEM));
  } finally {
    await db.destroy();
  }
}

function parsed<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new CliError(fieldErrorsOf(result.error)[0]?.message ?? '输入有误');
  return result.data;
}

/** A spreadsheet saved as CSV, in UTF-8 or (as Excel and WPS save it on a Chinese Windows) GBK. */
const csvText = async (file: string) => {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new CliError(`无法读取文件：${file}`);
  }
  try {
    return decodeText(bytes);
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
};

export async function runUnit(action: string | undefined, name: string | undefined, options: TAccountOptions): Promise<void> {
  if (action === 'list') {
    const units = await withAccounts((a) => a.listUnits());
    for (const u of units) process.stdout.write(`${u.name}\t${u.kind}\t${u.superior}\n`);
    return;
  }
  if (action !== 'add') throw new CliError('用法：unit add 单位全称 --kind 镇 --superior 巴南区 | unit add --csv 文件 | unit list');
  const csv = options.csv ? await csvText(options.csv) : null;
  const one = csv === null ? [parsed(ZUnitInput, { name, kind: options.kind, superior: options.superior })] : [];
  const added = await withAccounts((a) => (csv === null ? a.addUnits(one) : a.importUnits(csv)));
  process.stdout.write(`已添加 ${added.length} 个单位：${added.map((u) => u.name).join('，')}\n`);
}

export async function runUser(action: string | undefined, login: string | undefined, options: TAccountOptions): Promise<void> {
  if (action === 'list') {
    const [users, units] = await withAccounts(async (a) => [await a.listUsers(), await a.listUnits()] as const);
    for (const u of users) {
      const roles = [...(u.clerkOf.length > 0 ? [ROLE_LABELS.clerk] : []), ...u.roles.map((r) => ROLE_LABELS[r as keyof typeof ROLE_LABELS] ?? r)];
      process.stdout.write(`${u.login}\t${u.name}\t${roles.join('、')}\t${u.clerkOf.map((id) => units.find((x) => x.id === id)?.name ?? id).join('、')}\n`);
    }
    return;
  }
  if (action === 'passwd') {
    if (!login) throw new CliError('用法：user passwd 登录名 --password 新密码');
    const { password } = parsed(ZPasswordReset, { password: options.password ?? '' });
    await withAccounts((a) => a.setPassword(login, password));
    process.stdout.write(`已为 ${login} 设置新密码，其已登录的会话全部失效。\n`);
    return;
  }
  if (action !== 'add') throw new CliError('用法：user add 登录名 --name 姓名 --password 密码 [--unit 单位全称] [--role reviewer|admin] | user add --csv 文件 | user passwd | user list');
  const csv = options.csv ? await csvText(options.csv) : null;
  const one: TUserRow[] =
    csv === null ? [{ ...parsed(ZNewUser.omit({ clerkOf: true }), { login, name: options.name, password: options.password ?? '', roles: options.role ?? [] }), unitNames: options.unit ?? [] }] : [];
  const added = await withAccounts(async (a) => (csv === null ? a.addUsers(await withUnitIds(a, one)) : a.importUsers(csv)));
  process.stdout.write(`已添加 ${added.length} 个账号：${added.map((u) => u.login).join('，')}\n`);
}
