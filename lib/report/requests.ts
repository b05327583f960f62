import { z } from 'zod';
import { ZNewReport } from './new-report';
import { ZReport } from './schema';

/** POST /api/reports: from the 新建报告 form, from the demo, or from exported JSON (导入数据). */
export const ZCreateRequest = z.discriminatedUnion('from', [
  z.object({ from: z.literal('form'), input: ZNewReport }),
  z.object({ from: z.literal('sample') }),
  z.object({ from: z.literal('report'), report: ZReport }),
]);
export type TCreateRequest = z.infer<typeof ZCreateRequest>;

/** PUT /api/reports/:id: the whole report and the version it was edited from. */
export const ZSaveRequest = z.object({
  version: z.number().int().positive(),
  report: ZReport,
});
export type TSaveRequest = z.infer<typeof ZSaveRequest>;
