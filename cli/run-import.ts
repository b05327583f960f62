import { readFile, stat } from 'node:fs/promises';
import { importSummary } from '../lib/import/import-summary';
import { importedReport } from '../lib/import/imported-report';
import { ImportError } from '../lib/import/import-error';
import { IMPORT_LIMITS } from '../lib/import/limits';
import { proposeImport } from '../lib/import/propose-import';
import { readSource } from '../lib/import/read-source';
import { getTemplate } from '../lib/template/get-template';
import { CliError } from './cli-error';

/** import FILE [--summary]: last year's report as the app's JSON, or the summary of what was found. */
export async function runImport(file: string | undefined, summary: boolean): Promise<void> {
  if (!file) throw new CliError('请指定要导入的文件：import FILE [--summary]');
  const size = await stat(file).then((s) => s.size, () => -1);
  if (size < 0) throw new CliError(`找不到文件：${file}`);
  if (size > IMPORT_LIMITS.uploadBytes) throw new CliError(`文件超过 ${IMPORT_LIMITS.uploadBytes / 1_048_576} MB，不像是一份年度报告：${file}`);
  try {
    const template = getTemplate();
    const proposal = proposeImport(await readSource(new Uint8Array(await readFile(file))), template);
    const out = summary ? importSummary(proposal) : importedReport(proposal, template);
    process.stdout.write(`${JSON.stringify(out, null, summary ? undefined : 2)}\n`);
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(error.message);
    throw error;
  }
}
