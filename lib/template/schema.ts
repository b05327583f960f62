import { z } from 'zod';
import { ZPartKey } from '../report/enums';
import { PART_KEYS, UNIT_KINDS } from '../report/part-keys';
import { TEMPLATE_IDS } from './template-ids';

/** A regular expression, as the template's author wrote it. */
const ZPattern = z.string().refine((p) => { try { new RegExp(p); return true; } catch { return false; } }, { error: '无效的正则表达式' });

const ZMonthDay = z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) });

export const ZTemplatePart = z.object({
  key: ZPartKey,
  /** The part's name in the task list and captions. */
  label: z.string().min(1),
  /** The regulation's wording; {year} and {nextYear} are filled in from the report year. */
  title: z.string().min(1),
  /** The heading printed for the part when it has no sections of its own (e.g. answered 无). */
  heading: z.string().min(1),
  /** One line under the task in the task list. */
  hint: z.string().min(1),
  guidance: z.object({
    asks: z.array(z.string().min(1)).min(1),
    reviewers: z.array(z.string().min(1)),
    avoid: z.array(z.string().min(1)),
  }),
  suggestedTopics: z.array(z.string().min(1)),
  allowNone: z.boolean(),
  /** How last year's headings are recognised as this part when a report is imported (regular expressions). */
  headingPatterns: z.array(ZPattern),
  /** Advice only: share of the whole report below which the part looks thin. */
  minShare: z.number().min(0).max(1).optional(),
});

export const ZTemplate = z
  .object({
    id: z.enum(TEMPLATE_IDS),
    name: z.string().min(1),
    parts: z.array(ZTemplatePart).length(PART_KEYS.length),
    deadlines: z.object({ report: ZMonthDay, publish: ZMonthDay }),
    /** Soft limit on the whole report, in characters as Word counts them. */
    softLimit: z.number().int().positive(),
    /** {unit} is the unit name without its region prefix, {year} the report year. */
    titlePattern: z.string().includes('{year}'),
    openingPattern: z.string(),
    /** A last-year heading that matches this and a part's headingPatterns names the part itself (the five
     * parts as level-1 headings), rather than a topic within it (regular expression). */
    partHeadingPattern: ZPattern,
    recipientSuggestions: z.object(
      Object.fromEntries(UNIT_KINDS.map((k) => [k, z.string()])) as Record<(typeof UNIT_KINDS)[number], z.ZodString>,
    ),
  })
  .refine((t) => new Set(t.parts.map((p) => p.key)).size === PART_KEYS.length, {
    error: '模板必须恰好包含五个部分，各出现一次',
  });

export type TTemplate = z.infer<typeof ZTemplate>;
export type TTemplatePart = z.infer<typeof ZTemplatePart>;
