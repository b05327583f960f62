import { z } from 'zod';
import { PART_KEYS, UNIT_KINDS } from './part-keys';

export const ZPartKey = z.enum(PART_KEYS, { error: '部分名称无效' });
export const ZUnitKind = z.enum(UNIT_KINDS, { error: '单位类型只能是镇、乡、街道或县级部门' });
