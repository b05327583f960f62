import { z } from 'zod';
import { ZLogin, ZPassword, ZPersonName } from '../auth/credentials';
import { COUNTY_ROLES } from '../auth/actor';
import { ZUnitKind } from '../report/enums';
import { zLine } from '../report/text';

const required = (label: string, max: number) => zLine(label, max).transform((s) => s.trim()).refine((s) => s.length > 0, { error: `请填写${label}` });

/** A reporting unit as the administrator (or 初始设置, or `cli unit add`) creates it. */
export const ZUnitInput = z.object({
  name: required('单位全称', 100),
  kind: ZUnitKind,
  /** The county or district it reports to, e.g. 巴南区. */
  superior: required('上级（县、区）', 60),
});
export type TUnitInput = z.infer<typeof ZUnitInput>;

export const ZNewUser = z.object({
  name: ZPersonName,
  login: ZLogin,
  password: ZPassword,
  /** The units this person is 填报人 of. */
  clerkOf: z.array(z.string().min(1).max(40)).max(200).default([]),
  roles: z.array(z.enum(COUNTY_ROLES, { error: '角色只能是审核人或管理员' })).max(COUNTY_ROLES.length).default([]),
});
export type TNewUser = z.input<typeof ZNewUser>;

/** 初始设置: the administrator, who is also the first unit's 填报人, and that unit. */
export const ZSetUp = z.object({
  admin: ZNewUser.pick({ name: true, login: true, password: true }),
  unit: ZUnitInput,
});
export type TSetUp = z.infer<typeof ZSetUp>;

export const ZPasswordReset = z.object({ password: ZPassword });

export type TUnit = TUnitInput & { id: string; createdAt: string };

export type TUserSummary = { id: string; name: string; login: string; clerkOf: string[]; roles: string[] };

/** 初始设置 as one flat form (with the password typed twice), built from the same field schemas. */
export const ZSetUpForm = z
  .object({
    name: ZPersonName,
    login: ZLogin,
    password: ZPassword,
    confirm: z.string(),
    unitName: ZUnitInput.shape.name,
    unitKind: ZUnitInput.shape.kind,
    superior: ZUnitInput.shape.superior,
  })
  .refine((f) => f.password === f.confirm, { error: '两次输入的密码不一致', path: ['confirm'] });
export type TSetUpForm = z.input<typeof ZSetUpForm>;

export const setUpOf = (f: z.output<typeof ZSetUpForm>): TSetUp => ({
  admin: { name: f.name, login: f.login, password: f.password },
  unit: { name: f.unitName, kind: f.unitKind, superior: f.superior },
});

/** A spreadsheet of units or accounts saved as CSV, uploaded from the 管理 page. */
export const ZCsvUpload = z.object({ csv: z.string().trim().min(1, { error: '请选择一个 CSV 文件' }).max(1_000_000, { error: 'CSV 文件太大（最多 1 MB）' }) });
