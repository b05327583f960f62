import type { z } from 'zod';
import '../report/zod-locale';

export type TFieldError = { path: string; message: string };

const LABELS: Record<string, string> = {
  unit: '单位全称',
  unitKind: '单位类型',
  year: '报告年度',
  title: '标题',
  recipient: '主送机关',
  signature: '落款',
  date: '成文日期',
  opening: '导语',
  heading: '小标题',
  body: '正文',
  version: '版本号',
  schemaVersion: '数据版本',
  template: '模板',
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
