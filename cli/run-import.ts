import { readFile, stat } from 'node:fs/promises';
import { importExplanation } from '../lib/import/import-explanation';
import { importSummary } from '../lib/import/import-summary';
import { importedReport } from '../lib/import/imported-report';
import { ImportError } from '../lib/import/import-error';
import { IMPORT_LIMITS } from '../lib/import/limits';
import { getTemplate } from '../lib/template/get-template';
import { BoundedTaskError, closePools, importBounded } from '../lib/workers/bounded';
import { CliError } from './cli-error';

/** What `import` prints: the report as the app's JSON, the summary of what was found, or where it was found. */
export type TImportOutput = 'report' | 'summary' | 'explain';

/** import FILE [--summary | --explain]: last year's report (.docx, .doc, .pdf or .txt) read in a bounded worker. */
export async function runImport(file: string | undefined, output: TImportOutput): Promise<void> {
  if (!file) throw new CliError('请指定要导入的文件：import FILE [--summary | --explain]');
  const size = await stat(file).then((s) => s.size, () => -1);
  if (size < 0) throw new CliError(`找不到文件：${file}`);
  if (size > IMPORT_LIMITS.uploadBytes) throw new CliError(`文件超过 ${IMPORT_LIMITS.uploadBytes / 1_048_576} MB，不像是一份年度报告：${file}`);
  try {
    const proposal = await importBounded({ bytes: new Uint8Array(await readFile(file)) });
    const out = output === 'summary' ? importSummary(proposal) : output === 'explain' ? importExplanation(proposal) : importedReport(proposal, getTemplate());
    process.stdout.write(`${JSON.stringify(out, null, output === 'summary' ? undefined : 2)}\n`);
  } catch (error) {
    if (error instanceof ImportError || error instanceof BoundedTaskError) throw new CliError(error.message);
    throw error;
  } finally {
    await closePools();
  }
}
