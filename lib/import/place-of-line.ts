import type { TSection } from '../report/schema';
import { sourceHeading } from './heading-level';
import type { TImportProposal } from './propose-import';

/** Where a line brought back from the dropped ones now stands in the proposal, in words for the clerk. */
export function placeOfLine(proposal: Pick<TImportProposal, 'title' | 'recipient' | 'signature' | 'opening' | 'sections'>, text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (proposal.title?.includes(line)) return '标题';
  if (proposal.recipient && line.startsWith(proposal.recipient)) return '主送机关';
  if (proposal.signature === line) return '落款';
  if (proposal.opening.split('\n').includes(line)) return '开头的一段';
  // A heading is kept without its hand-typed number (二、严格规范执法 → 严格规范执法).
  const heading = sourceHeading(line)?.heading ?? line;
  const within = (sections: TSection[]): TSection | undefined => sections.find((s) => s.heading === heading || s.body.split('\n').includes(line) || within(s.children));
  const top = proposal.sections.find((s) => within([s.section]));
  if (!top) return '报告中的一段';
  if (top.source === line) return `一级标题“${top.source}”`;
  return within(top.section.children)?.heading === heading ? `“${top.source}”下的小标题` : `“${top.source}”下的正文`;
}
