import { z } from 'zod';
import { ZUnitKind } from '../report/enums';
import { UNIT_KINDS } from '../report/part-keys';

export const INDICATOR_UNITS = ['件', '场', '人次', '%', '次', '人', '份'] as const;
export const ZIndicatorUnit = z.enum(INDICATOR_UNITS);
export type TIndicatorUnit = z.infer<typeof ZIndicatorUnit>;

/** A key figure a report states: its name, the unit it is counted in, and the phrases that name it in text. */
export const ZIndicator = z.object({
  key: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/),
  name: z.string().min(1),
  unit: ZIndicatorUnit,
  words: z.array(z.string().min(1).max(20)).min(1),
});
export type TIndicator = z.infer<typeof ZIndicator>;

const ZIndicatorList = z
  .object({ name: z.string().min(1), unitKinds: z.array(ZUnitKind).min(1), indicators: z.array(ZIndicator).min(1) })
  .refine((l) => new Set(l.indicators.map((i) => i.key)).size === l.indicators.length, { error: '同一张表中指标的 key 不能重复' })
  // One phrase names one indicator, so a phrase found in text is never claimed twice.
  .refine((l) => { const words = l.indicators.flatMap((i) => i.words); return new Set(words).size === words.length; }, { error: '同一张表中一个说法只能属于一个指标' });

export const ZIndicatorData = z
  .object({
    about: z.string().optional(),
    /** How each unit may be written after a number in text (场 also as 场次 or 次). */
    unitWords: z.object(Object.fromEntries(INDICATOR_UNITS.map((u) => [u, z.array(z.string().min(1).max(4)).min(1)])) as Record<TIndicatorUnit, z.ZodArray<z.ZodString>>),
    lists: z.array(ZIndicatorList).min(1),
  })
  .refine((d) => UNIT_KINDS.every((k) => d.lists.filter((l) => l.unitKinds.includes(k)).length === 1), {
    error: `每类单位（${UNIT_KINDS.join('、')}）须恰好属于一张指标表`,
  });
export type TIndicatorData = z.infer<typeof ZIndicatorData>;
