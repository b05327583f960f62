import { readFile, stat } from 'node:fs/promises';
import { importSummary } from '../lib/import/import-summary';
import { importedReport } from '../lib/import/imported-report';
import { ImportError } from '../lib/import/import-error';
import { IMPORT_LIMITS } from '../lib/import/limits';
import { getTemplate } from '../lib/template/get-template';
import { BoundedTaskError, closePools, importBounded } from '../lib/workers/bounded';
import { CliError } from './cli-error';

/** import FILE [--summary]: last year's report as the app's JSON, or the summary of what was found. */
export async function runImport(file: string | undefined, summary: boolean): Promise<void> {
  if (!file) throw new CliError('请指定要导入的文件：import FILE [--summary]');
  const size = await stat(file).then((s) => s.size, () => -1);
  if (size < 0) throw new CliError(`找不到文件：${file}`);
  if (size > IMPORT_LIMITS.uploadBytes) throw new CliError(`文件超过 ${IMPORT_LIMITS.uploadBytes / 1_048_576} MB，不像是一份年度报告：${file}`);
  try {
    const proposal = await importBounded({ bytes: new Uint8Array(await readFile(file)) });
    const out = summary ? importSummary(proposal) : importedReport(proposal, getTemplate());
    process.stdout.write(`${JSON.stringify(out, null, summary ? undefined : 2)}\n`);
  } catch (error) {
    if (error instanceof ImportError || error instanceof BoundedTaskError) throw new CliError(error.message);
    throw error;
  } finally {
    await closePools();
  }
}
