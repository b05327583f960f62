import { reportFigures } from '../lib/figures/report-figures';
import { readReportFile } from './read-report-file';

/** figures REPORT.json: each key indicator of the report's unit kind with this year's value, last year's
 * and the sentences that state it, as a JSON array. */
export async function runFigures(input: string | undefined): Promise<void> {
  const report = await readReportFile(input, 'figures REPORT.json');
  process.stdout.write(`${JSON.stringify(reportFigures(report), null, 2)}\n`);
}
