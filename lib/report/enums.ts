import { z } from 'zod';
import { LAYOUTS, PART_KEYS, UNIT_KINDS } from './part-keys';

export const ZPartKey = z.enum(PART_KEYS, { error: '部分名称无效' });
export const ZLayout = z.enum(LAYOUTS, { error: '结构只能是“五个部分作为一级标题”或“小标题作为一级标题”' });
export const ZUnitKind = z.enum(UNIT_KINDS, { error: '单位类型只能是镇、乡、街道或县级部门' });
