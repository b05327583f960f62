import type { TPartKey } from '../report/part-keys';
import type { TSection } from '../report/schema';
import type { TImportProposal } from './propose-import';

/** A subsection the clerk moved to a part of its own (e.g. the 第一责任人 paragraph inside part 一). */
export type TMove = { sectionId: string; part: TPartKey };

function without(sections: TSection[], ids: ReadonlySet<string>): TSection[] {
  return sections.filter((s) => !ids.has(s.id)).map((s) => ({ ...s, children: without(s.children, ids) }));
}

// Every section by id, the first in reading order where ids repeat: one walk of the tree serves all the
// clerk's moves, where a search of the whole tree for each move grew with moves times sections.
function byId(sections: TSection[], index = new Map<string, TSection>()): Map<string, TSection> {
  for (const s of sections) {
    if (!index.has(s.id)) index.set(s.id, s);
    byId(s.children, index);
  }
  return index;
}

/** The proposal's sections after the clerk's choices: each top-level section in its chosen part, and each
 * moved subsection taken out of its parent and put at the end of the part it was moved to. */
export function arrangeSections(proposal: TImportProposal, parts: Record<string, TPartKey>, moves: TMove[]): TImportProposal['sections'] {
  const moved = new Set(moves.map((m) => m.sectionId));
  const placed = proposal.sections.map((s) => ({ ...s, part: parts[s.section.id] ?? s.part, section: { ...s.section, children: without(s.section.children, moved) } }));
  const subsections = byId(proposal.sections.flatMap((s) => s.section.children));
  const extra = moves.flatMap((m) => {
    const section = subsections.get(m.sectionId);
    return section ? [{ source: section.heading, part: m.part, reason: '由您移到这一部分', namesPart: false, section }] : [];
  });
  return [...placed, ...extra];
}

/** Subsections that speak of the 第一责任人, offered for the leadership part when no section went there. */
export function leadershipCandidates(proposal: TImportProposal): TSection[] {
  if (proposal.sections.some((s) => s.part === 'leadership')) return [];
  const walk = (sections: TSection[]): TSection[] =>
    sections.flatMap((s) => [...(/第一责任人/.test(s.heading + s.body.slice(0, 60)) ? [s] : []), ...walk(s.children)]);
  return proposal.sections.flatMap((s) => walk(s.section.children));
}
