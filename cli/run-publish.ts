import { publishScan } from '../lib/publish/publish-scan';
import { webHtml, webLines, webText } from '../lib/publish/web-version';
import { getTemplate } from '../lib/template/get-template';
import { CliError } from './cli-error';
import { readReportFile } from './read-report-file';

const USAGE = 'publish REPORT.json --format html|txt';

/** publish REPORT.json --format html|txt: the web version; when the text holds personal data or a 密级
 * marking, the findings (JSON) instead, and exit 1. */
export async function runPublish(input: string | undefined, format = 'html'): Promise<void> {
  if (format !== 'html' && format !== 'txt') throw new CliError(`--format 只能是 html 或 txt：${USAGE}`);
  const report = await readReportFile(input, USAGE);
  const template = getTemplate(report.template);
  const findings = publishScan(report, template);
  if (findings.length > 0) {
    process.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
    process.stderr.write(`发现 ${findings.length} 处个人信息或密级标志，未输出网页版：请删除或改为“某某”后再发布。\n`);
    process.exitCode = 1;
    return;
  }
  const lines = webLines(report, template);
  process.stdout.write(format === 'html' ? webHtml(lines) : webText(lines));
}
