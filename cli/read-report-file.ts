import { readFile, stat } from 'node:fs/promises';
import { fieldErrorsOf } from '../lib/http/field-errors';
import type { TReport } from '../lib/report/schema';
import { ZStoredReport } from '../lib/report/upgrade';
import { CliError } from './cli-error';

const MAX_INPUT_BYTES = 10 * 1_048_576;

/** A report JSON file, validated by the same schema as the app; a clear error otherwise. */
export async function readReportFile(input: string | undefined, usage: string): Promise<TReport> {
  if (!input) throw new CliError(`请指定报告的 JSON 文件：${usage}`);
  const size = await stat(input).then((s) => s.size, () => -1);
  if (size < 0) throw new CliError(`找不到文件：${input}`);
  if (size > MAX_INPUT_BYTES) throw new CliError(`文件过大（超过 10 MB），不像是一份报告的 JSON：${input}`);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(input, 'utf8'));
  } catch {
    throw new CliError(`不是有效的 JSON 文件：${input}`);
  }
  const parsed = ZStoredReport.safeParse(json);
  if (!parsed.success) {
    const lines = fieldErrorsOf(parsed.error).map((e) => `  ${e.path || '（根）'}：${e.message}`);
    throw new CliError(`报告内容有误：\n${lines.join('\n')}`);
  }
  return parsed.data;
}
