import { z } from 'zod';
import { IMPORT_LIMITS } from './limits';

/** POST /api/import with JSON: pasted text, or the lines of an earlier read with some dropped lines kept. */
export const ZImportRequest = z.union([
  z.object({ text: z.string().min(1, { error: '请粘贴去年报告的文字' }).max(IMPORT_LIMITS.textChars, { error: '文字过多，不像是一份年度报告' }) }),
  z.object({
    lines: z.array(z.object({ text: z.string().max(100_000), level: z.number().int().min(1).max(4).optional() })).max(IMPORT_LIMITS.paragraphs, { error: '段落过多，不像是一份年度报告' }),
    keep: z.array(z.number().int().min(0)).max(5_000),
  }),
]);
