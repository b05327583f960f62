import { z } from 'zod';
import { ZNewReport } from './new-report';
import { ZStoredReport } from './upgrade';

/** POST /api/reports: from the 新建报告 form, from the demo, from exported JSON (导入数据), from last
 * year's report as imported and reviewed (rolled forward one year), or as a copy of a stored report for
 * the next year (复制为下一年). */
export const ZCreateRequest = z.discriminatedUnion('from', [
  z.object({ from: z.literal('form'), input: ZNewReport }),
  z.object({ from: z.literal('sample') }),
  z.object({ from: z.literal('report'), report: ZStoredReport }),
  z.object({
    from: z.literal('import'),
    lastYear: ZStoredReport,
    source: z.object({ name: z.string().max(300), text: z.string().max(600_000, { error: '原文过长' }) }),
  }),
  z.object({ from: z.literal('copy'), id: z.string().min(1).max(40) }),
]);
export type TCreateRequest = z.infer<typeof ZCreateRequest>;

/** PUT /api/reports/:id: the whole report, the version it was edited from (the server merges it with
 * what was saved since), the id the browser gave this save (a retry carries the same id, so the server
 * can tell it from a second edit), and whether it settles a conflict (the text it replaces is kept). */
export const ZSaveRequest = z.object({
  version: z.number().int().positive(),
  saveId: z.uuid({ error: '保存编号无效' }).optional(),
  resolved: z.boolean().optional(),
  report: ZStoredReport,
});
export type TSaveRequest = z.infer<typeof ZSaveRequest>;
