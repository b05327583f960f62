import type { TPartKey } from '../report/part-keys';
import type { TCheckResult } from './run-checks';
import type { TFinding } from './types';

/** The 错误 and 提示 (not dismissed) shown beside one part's paragraphs. That the part is still empty is
 * left to 继续 and to 检查并下载: said on a page the clerk has just opened to fill, it is only noise. */
export function partFindings({ errors, hints }: Pick<TCheckResult, 'errors' | 'hints'>, part: TPartKey): TFinding[] {
  return [...errors, ...hints].filter((f) => f.place.part === part && f.ruleId !== 'part-required');
}
