import { runChecks } from '../lib/checks/run-checks';
import type { TFinding } from '../lib/checks/types';
import { getTemplate } from '../lib/template/get-template';
import { readReportFile } from './read-report-file';

function placeText(f: TFinding): string {
  const { part, field, sectionId, paragraph, start, end, indicator } = f.place;
  if (field === 'figure') return `主要数据 / ${indicator ?? ''}`;
  return [
    part ?? '基本信息',
    sectionId ? `小节 ${sectionId}` : field,
    paragraph !== undefined ? `第${paragraph + 1}段` : '',
    start !== undefined && end !== undefined ? `字符 ${start}-${end}` : '',
  ]
    .filter(Boolean)
    .join(' / ');
}

/** check REPORT.json: one line per finding (severity, rule id, place, message); exit 1 when there is an 错误. */
export async function runCheck(input: string | undefined): Promise<void> {
  const report = await readReportFile(input, 'check REPORT.json');
  const { errors, hints } = runChecks(report, getTemplate(report.template));
  for (const f of [...errors, ...hints]) process.stdout.write(`${f.severity}\t${f.ruleId}\t${placeText(f)}\t${f.message}\n`);
  process.stdout.write(`共 ${errors.length} 个错误，${hints.length} 个提示。\n`);
  if (errors.length > 0) process.exitCode = 1;
}
