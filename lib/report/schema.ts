import { z } from 'zod';
import './zod-locale';
import { ZLayout, ZUnitKind } from './enums';
import { PART_KEYS } from './part-keys';
import { LIMITS } from './limits';
import { basicLabel } from './basic-fields';
import { zBody, zLine, zLines } from './text';
import { TEMPLATE_IDS } from '../template/template-ids';

/** Raised with every change of the stored shape, together with a step in lib/report/upgrades/ that
 * brings the previous version's reports up to it. */
export const REPORT_SCHEMA_VERSION = 4;

export type TSection = {
  id: string;
  heading: string;
  /** Paragraphs separated by line breaks: one textarea per section in the editor, one paragraph per line in the file. */
  body: string;
  children: TSection[];
};

export const ZSectionId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, { error: '小节编号无效' });

export const ZSection: z.ZodType<TSection> = z.object({
  id: ZSectionId,
  heading: zLine('小标题', LIMITS.heading),
  body: zBody('正文', LIMITS.body),
  get children(): z.ZodArray<z.ZodType<TSection>> {
    return z.array(ZSection).max(LIMITS.sectionsPerList, { error: `每一级最多${LIMITS.sectionsPerList}个小节` });
  },
});

/** How many levels of sections a list holds. */
export function depthOf(sections: TSection[]): number {
  return sections.reduce((deepest, s) => Math.max(deepest, 1 + depthOf(s.children)), 0);
}

export const ZPart = z.object({
  sections: z
    .array(ZSection)
    .max(LIMITS.sectionsPerList, { error: `每一级最多${LIMITS.sectionsPerList}个小节` })
    .refine((sections) => depthOf(sections) <= LIMITS.depth, {
      error: `小节最多${LIMITS.depth}级（一、（一）1.（1））`,
    }),
  /** The clerk's explicit "无" for a part the template allows to be empty (其他需要报告的情况). */
  none: z.boolean(),
  /** The clerk's answer to 本部分是否已完成. */
  done: z.boolean(),
});
export type TPart = z.infer<typeof ZPart>;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isRealDate(value: string): boolean {
  const m = isoDate.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A date as YYYY-MM-DD, or empty while the clerk has not chosen one. */
const zDate = (label: string) => z.string().refine((v) => v === '' || isRealDate(v), { error: `${label}不是有效日期` });

/** 成文日期. */
export const ZDate = zDate(basicLabel('date'));

const ZPartHeadings = z.object(
  Object.fromEntries(PART_KEYS.map((k) => [k, zLine(basicLabel('partHeadings'), LIMITS.heading)])) as Record<(typeof PART_KEYS)[number], ReturnType<typeof zLine>>,
);

export const ZYear = z
  .number({ error: '报告年度必须是数字' })
  .int({ error: '报告年度必须是整数' })
  .min(2000, { error: '报告年度不能早于2000年' })
  .max(2100, { error: '报告年度不能晚于2100年' });

export const ZBasics = z.object({
  unit: zLine(basicLabel('unit'), LIMITS.line).refine((s) => s.trim().length > 0, { error: `请填写${basicLabel('unit')}` }),
  unitKind: ZUnitKind,
  year: ZYear,
  title: zLine(basicLabel('title'), LIMITS.title),
  /** The clerk's own title line breaks (调整换行); ignored once they no longer spell the title. */
  titleLines: z.array(zLine('标题行', LIMITS.title)).max(10).optional(),
  recipient: zLine(basicLabel('recipient'), LIMITS.line),
  /** 发文机关署名: one issuer a line, the lead issuer first (联合行文). */
  signature: zLines(basicLabel('signature'), LIMITS.line, LIMITS.issuers),
  date: ZDate,
  /** 导语: the paragraphs between the recipient and part one ("现将……报告如下："). */
  opening: zBody(basicLabel('opening'), LIMITS.opening),
  /** 'parts': the five parts print as the level-1 headings and the clerk's sections start at （一）;
   * 'flat': the sections are the level-1 headings, numbered on through the report. */
  layout: ZLayout,
  /** Each part's printed heading when the parts are the structure; '' prints the template's. */
  partHeadings: ZPartHeadings,
  /** 加盖印章: the date four characters in from the right and the issuers centred above it. */
  seal: z.boolean(),
  /** 附注, without its brackets: （联系人：…，联系电话：…）. */
  note: zLine(basicLabel('note'), LIMITS.line),
  masthead: z.boolean(),
  /** 发文机关标志; '' prints the issuers' names with 文件. */
  mastheadMark: zLines(basicLabel('mastheadMark'), LIMITS.line, LIMITS.issuers),
  docNumber: zLine(basicLabel('docNumber'), LIMITS.docNumber),
  signers: zLine(basicLabel('signers'), LIMITS.line),
  colophon: z.boolean(),
  copyTo: zLine(basicLabel('copyTo'), LIMITS.line),
  printer: zLine(basicLabel('printer'), LIMITS.line),
  printDate: zDate(basicLabel('printDate')),
});
export type TBasics = z.infer<typeof ZBasics>;

export const ZParts = z.object(
  Object.fromEntries(PART_KEYS.map((k) => [k, ZPart])) as Record<(typeof PART_KEYS)[number], typeof ZPart>,
);

/** A 提示 the clerk has dismissed, with the reason they gave (kept with the report). */
export const ZDismissal = z.object({
  key: z.string().min(1).max(400),
  reason: zLine('忽略理由', LIMITS.line).refine((s) => s.trim().length > 0, { error: '请写明忽略的理由' }),
  at: z.string().max(40),
});
export type TDismissal = z.infer<typeof ZDismissal>;

/** Last year's text of each part, shown beside the editor while this year's is written. */
export const ZReference = z.object({
  year: ZYear,
  parts: z.object(Object.fromEntries(PART_KEYS.map((k) => [k, zBody('去年的文字', LIMITS.body)])) as Record<(typeof PART_KEYS)[number], ReturnType<typeof zBody>>),
});
export type TReference = z.infer<typeof ZReference>;

const zFigureValue = (label: string) =>
  z
    .number({ error: `${label}必须是数字` })
    .min(0, { error: `${label}不能是负数` })
    .max(LIMITS.figureValue, { error: `${label}过大` })
    .nullable();

/** One row of the 主要数据 table. `value` is this year's figure as the clerk typed or adopted it, `lastYear`
 * the figure last year's report gave (carried over from its table when the report was rolled forward);
 * `confirmed` says the clerk has set this year's figure, so an empty one is 不再填报 rather than not yet filled in. */
export const ZFigure = z
  .object({ value: zFigureValue('今年的数值'), lastYear: zFigureValue('去年的数值'), confirmed: z.boolean() })
  .strict();
export type TFigure = z.infer<typeof ZFigure>;

/** The 主要数据 table by indicator key (templates/indicators.json). Keys of another unit kind's list stay
 * when the unit kind changes, so changing it back loses nothing. */
export const ZFigures = z
  .record(z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, { error: '指标编号无效' }), ZFigure)
  .refine((figures) => Object.keys(figures).length <= LIMITS.figures, { error: `主要数据最多${LIMITS.figures}项` });
export type TFigures = z.infer<typeof ZFigures>;

/** A report as stored, exported and rendered: a draft may have empty parts and fields. */
export const ZReport = ZBasics.extend({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION, { error: '数据版本无效' }),
  template: z.enum(TEMPLATE_IDS, { error: '模板不存在' }),
  parts: ZParts,
  dismissals: z
    .array(ZDismissal)
    .max(LIMITS.dismissals, { error: `最多可以忽略${LIMITS.dismissals}条提示` })
    .refine((list) => new Set(list.map((d) => d.key)).size === list.length, { error: '同一条提示只能忽略一次' })
    .optional(),
  /** Sentences carried over from last year that name a figure or a year: 待更新 until edited or confirmed. */
  carriedOver: z
    .array(zBody('待更新的句子', LIMITS.heading * 4))
    .max(LIMITS.carriedOver, { error: `待更新的句子最多${LIMITS.carriedOver}句` })
    .optional(),
  reference: ZReference.optional(),
  figures: ZFigures,
  /** 附件 主要数据对比表: the table printed on a page of its own after the sign-off, in the .docx and the preview. */
  figuresAnnex: z.boolean(),
}).strict();
export type TReport = z.infer<typeof ZReport>;

