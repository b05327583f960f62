/** The five parts required by 《法治政府建设与责任落实督察工作规定》, by their fixed keys. Plain constants,
 * free of zod, so client code that only needs the names does not load the schema library. */
export const PART_KEYS = ['measures', 'shortcomings', 'leadership', 'plans', 'other'] as const;
export type TPartKey = (typeof PART_KEYS)[number];

/** How a report prints its structure: the five parts as level-1 headings, or the clerk's sections. */
export const LAYOUTS = ['parts', 'flat'] as const;
export type TLayout = (typeof LAYOUTS)[number];

export const UNIT_KINDS = ['镇', '乡', '街道', '县级部门'] as const;
export type TUnitKind = (typeof UNIT_KINDS)[number];
