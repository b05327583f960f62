import { writeFile } from 'node:fs/promises';
import { renderDocx } from '../lib/docx/render-docx';
import { CliError } from './cli-error';
import { readReportFile } from './read-report-file';

const USAGE = 'render REPORT.json -o OUT.docx';

/** render REPORT.json -o OUT.docx: the same validation and renderer as the app's download. */
export async function runRender(input: string | undefined, output: string | undefined): Promise<void> {
  if (!output && input) throw new CliError(`请用 -o 指定输出的 Word 文件：${USAGE}`);
  const report = await readReportFile(input, USAGE);
  await writeFile(output!, await renderDocx(report));
}
