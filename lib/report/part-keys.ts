import { z } from 'zod';

/** The five parts required by 《法治政府建设与责任落实督察工作规定》, by their fixed keys. */
export const PART_KEYS = ['measures', 'shortcomings', 'leadership', 'plans', 'other'] as const;

export const ZPartKey = z.enum(PART_KEYS, { error: '部分名称无效' });
export type TPartKey = z.infer<typeof ZPartKey>;

export const UNIT_KINDS = ['镇', '乡', '街道', '县级部门'] as const;
export const ZUnitKind = z.enum(UNIT_KINDS, { error: '单位类型只能是镇、乡、街道或县级部门' });
export type TUnitKind = z.infer<typeof ZUnitKind>;
