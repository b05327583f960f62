import { readFile, stat, writeFile } from 'node:fs/promises';
import { renderDocx } from '../lib/docx/render-docx';
import { fieldErrorsOf } from '../lib/http/field-errors';
import { ZReport } from '../lib/report/schema';
import { CliError } from './cli-error';

const MAX_INPUT_BYTES = 10 * 1_048_576;

/** render REPORT.json -o OUT.docx: the same validation and renderer as the app's download. */
export async function runRender(input: string | undefined, output: string | undefined): Promise<void> {
  if (!input) throw new CliError('请指定报告的 JSON 文件：render REPORT.json -o OUT.docx');
  if (!output) throw new CliError('请用 -o 指定输出的 Word 文件：render REPORT.json -o OUT.docx');
  const size = await stat(input).then((s) => s.size, () => -1);
  if (size < 0) throw new CliError(`找不到文件：${input}`);
  if (size > MAX_INPUT_BYTES) throw new CliError(`文件过大（超过 10 MB），不像是一份报告的 JSON：${input}`);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(input, 'utf8'));
  } catch {
    throw new CliError(`不是有效的 JSON 文件：${input}`);
  }
  const parsed = ZReport.safeParse(json);
  if (!parsed.success) {
    const lines = fieldErrorsOf(parsed.error).map((e) => `  ${e.path || '（根）'}：${e.message}`);
    throw new CliError(`报告内容有误，未生成文件：\n${lines.join('\n')}`);
  }
  await writeFile(output, await renderDocx(parsed.data));
}
