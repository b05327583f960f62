import type { z } from 'zod';
import '../report/zod-locale';
import { BASIC_FIELDS } from '../report/basic-fields';

export type TFieldError = { path: string; message: string };

const LABELS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(BASIC_FIELDS).map(([field, { label }]) => [field, label])),
  heading: '小标题',
  body: '正文',
  version: '版本号',
  schemaVersion: '数据版本',
};

/** Zod issues as Chinese messages with dotted paths (parts.measures.sections.0.heading), each naming its
 * field: the schema's own messages already do; zod's generic ones get the field's name in front. */
export function fieldErrorsOf(error: z.ZodError): TFieldError[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const label = LABELS[String(issue.path.at(-1))] ?? path;
    // A message that is a whole sentence about the report (a newer version's) needs no field name in front.
    const standalone = issue.code === 'custom' && issue.params?.standalone === true;
    const message = standalone || !label || issue.message.startsWith(label) ? issue.message : `${label}：${issue.message}`;
    return { path, message };
  });
}
