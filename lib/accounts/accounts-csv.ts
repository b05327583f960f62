import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { fieldErrorsOf } from '../http/field-errors';
import { AccountsError } from './accounts-error';
import { ZNewUser, ZUnitInput, type TUnitInput } from './schema';

/** A spreadsheet saved as CSV (UTF-8, with or without BOM), first row the column names. */
function rowsOf(text: string): Array<Record<string, string>> {
  try {
    return parse<Record<string, string>>(text, { columns: true, bom: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new AccountsError(422, `CSV 文件格式有误：${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Every row checked before anything is written: one bad row names itself and nothing is created. */
function checked<T>(rows: Array<Record<string, string>>, schema: z.ZodType<T>, shape: (row: Record<string, string>) => unknown): T[] {
  return rows.map((row, i) => {
    const parsed = schema.safeParse(shape(row));
    if (!parsed.success) throw new AccountsError(422, `第 ${i + 2} 行有误，未创建任何内容：${fieldErrorsOf(parsed.error)[0]?.message ?? ''}`);
    return parsed.data;
  });
}

/** Columns 单位全称, 类型 (镇/乡/街道/县级部门), 上级. */
export const unitsFromCsv = (text: string): TUnitInput[] => checked(rowsOf(text), ZUnitInput, (r) => ({ name: r['单位全称'], kind: r['类型'], superior: r['上级'] }));

const ROLE_NAMES: Record<string, string> = { 审核人: 'reviewer', 管理员: 'admin' };

const ZUserRow = ZNewUser.omit({ clerkOf: true }).extend({ unitNames: z.array(z.string()) });
export type TUserRow = z.infer<typeof ZUserRow>;

/** Columns 登录名, 姓名, 密码, 单位 (填报人的单位全称，多个用、分隔), 角色 (审核人、管理员，可空). */
export const usersFromCsv = (text: string): TUserRow[] =>
  checked(rowsOf(text), ZUserRow, (r) => ({
    login: r['登录名'],
    name: r['姓名'],
    password: r['密码'],
    unitNames: (r['单位'] ?? '').split(/[、,，]/).map((s) => s.trim()).filter(Boolean),
    roles: (r['角色'] ?? '').split(/[、,，]/).map((s) => s.trim()).filter(Boolean).map((s) => ROLE_NAMES[s] ?? s),
  }));
