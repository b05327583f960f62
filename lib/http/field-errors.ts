import type { z } from 'zod';

export type TFieldError = { path: string; message: string };

const GENERIC: Record<string, string> = {
  invalid_type: '格式不正确',
  unrecognized_keys: '含有无法识别的字段',
  invalid_value: '取值不在允许范围内',
  invalid_union: '格式不正确',
};

/** Zod issues as Chinese messages with dotted paths (parts.measures.sections.0.heading). Messages the
 * schema wrote itself are Chinese already; zod's own English defaults are replaced. */
export function fieldErrorsOf(error: z.ZodError): TFieldError[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const own = /[\u4e00-\u9fff]/.test(issue.message);
    return { path, message: own ? issue.message : `${path || '内容'}${GENERIC[issue.code] ?? '无效'}` };
  });
}
