import { z } from 'zod';
import { ZPartKey } from '../report/enums';
import { isRealDate } from '../report/schema';
import { zBody, zLine } from '../report/text';

const ZVersion = z.number({ error: '缺少报告版本' }).int().positive();
const ZDay = z.string().refine(isRealDate, { error: '日期无效' });
const required = <T extends z.ZodType<string>>(schema: T, message: string) => schema.refine((s) => s.trim().length > 0, { error: message });

/** 报送, 退回修改, 通过, 已公开: each names the version it was decided on, so a report that changed
 * meanwhile is answered 409, never decided unseen. */
export const ZReviewAction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('submit'), version: ZVersion }),
  z.object({ action: z.literal('return'), version: ZVersion, reason: required(zBody('退回理由', 2000), '请写明退回的理由') }),
  z.object({ action: z.literal('accept'), version: ZVersion }),
  z.object({
    action: z.literal('publish'),
    version: ZVersion,
    url: z.url({ protocol: /^https?$/, error: '请填写以 http:// 或 https:// 开头的网址' }).max(500, { error: '网址太长' }),
    date: ZDay,
  }),
]);
export type TReviewAction = z.infer<typeof ZReviewAction>;

/** A reviewer's comment on the report, one part of it, or one paragraph (its first words as `excerpt`). */
export const ZNewComment = z.object({
  partKey: ZPartKey.optional(),
  excerpt: zLine('批注位置', 200).optional(),
  body: required(zBody('批注', 2000), '请填写批注内容'),
});
export type TNewComment = z.infer<typeof ZNewComment>;

export const ZDeadlines = z.object({ reportBy: ZDay, publishBy: ZDay });
export type TDeadlines = z.infer<typeof ZDeadlines>;
