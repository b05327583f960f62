import { LIMITS } from '@/lib/report/limits';
import type { TReport } from '@/lib/report/schema';
import { loadSample } from './sample';

/** `unit` repeated to fill `length` characters (cut at the end). */
export const filled = (unit: string, length: number = LIMITS.body) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** The most sentences a report may carry over from last year, each on a line of its own. */
const CARRIED = Array.from({ length: 3000 }, (_, i) => `第${i + 1}项共办理${i + 1}件。`);

export type TPathological = { name: string; body: string; carriedOver?: string[] };

/** Section bodies of the longest length the schema allows, each built to hit a once-quadratic path:
 * paired marks, runs no rule can end early, lines that never break, tens of thousands of paragraphs. */
export const PATHOLOGICAL: TPathological[] = [
  { name: '“()”重复', body: filled('()') },
  { name: '“(中)”重复', body: filled('(中)') },
  { name: '“(”重复', body: filled('(') },
  { name: '半角双引号', body: filled('"') },
  { name: '半角单引号', body: filled("'") },
  { name: '半角句点', body: filled('.') },
  { name: '数字', body: filled('1') },
  { name: '“一、”重复', body: filled('一、') },
  { name: '汉字数字', body: filled('一') },
  { name: '全角句号', body: filled('。') },
  { name: '无换行', body: filled('法治政府建设') },
  { name: '5 万个换行', body: filled('字\n') },
  { name: '全角空格', body: `受理1${filled('\u3000', LIMITS.body - 14)}，受理1件，办结2件。` },
  { name: '半角空格', body: `率1${filled(' ', LIMITS.body - 12)}。完成率为101%。` },
  { name: '3000 句待更新', body: `${CARRIED.join('\n')}\n${filled('字', LIMITS.body - CARRIED.join('\n').length - 1)}`, carriedOver: CARRIED },
];

/** The sample report with its first section's body (and the sentences carried over) replaced. */
export function pathologicalReport({ body, carriedOver }: TPathological): TReport {
  const report = loadSample();
  report.parts.measures.sections[0]!.body = body;
  if (carriedOver) report.carriedOver = carriedOver;
  return report;
}
