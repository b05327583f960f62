import type { TReportStatus } from '../review/status';
import type { TPublishFinding } from './publish-scan';

export type TWebReadiness = { ready: true } | { ready: false; reason: string };

/**
 * Whether the web version may be produced: from a report the county accepted (or one already published),
 * or, for a clerk who reports on their own, a draft with no 错误; never while the county holds it or has
 * returned it, and never while the text holds personal data or a 密级 marking.
 */
export function webReadiness(status: TReportStatus, blockers: string[], findings: TPublishFinding[]): TWebReadiness {
  if (status === 'submitted') return { ready: false, reason: '报告已报送，县里审核通过后才能生成网页公开版。' };
  if (status === 'returned') return { ready: false, reason: '报告被退回修改，改好并经县里审核通过后才能生成网页公开版。' };
  if (blockers.length > 0) return { ready: false, reason: `还有 ${blockers.length} 处错误，改正后才能生成网页公开版。` };
  if (findings.length > 0) return { ready: false, reason: `发现 ${findings.length} 处个人信息或密级标志，删除或改为“某某”后才能生成网页公开版。` };
  return { ready: true };
}
