import { LIMITS } from './limits';
import { mergeValue, sectionConflictKey, type TSectionConflict } from './merge-conflicts';
import { orderList } from './merge-order';
import { PART_KEYS, type TPartKey } from './part-keys';
import type { TReport, TSection } from './schema';

type TSide = 'mine' | 'theirs';

/** A list a section stands in: a part's top list (`p:measures`) or a section's children (`s:<id>`). Moving a
 * section, within a list, to another section or to another part, is one change of this value. */
type TPlace = string;
const partPlace = (part: TPartKey): TPlace => `p:${part}`;
const childPlace = (id: string): TPlace => `s:${id}`;
const ownerOf = (place: TPlace | undefined) => (place?.startsWith('s:') ? place.slice(2) : undefined);

type TIndex = {
  at: Map<string, { section: TSection; place: TPlace }>;
  lists: Map<TPlace, string[]>;
};

function indexSections(report: TReport): TIndex {
  const index: TIndex = { at: new Map(), lists: new Map() };
  const walk = (sections: TSection[], place: TPlace) => {
    index.lists.set(place, sections.map((s) => s.id));
    for (const section of sections) {
      index.at.set(section.id, { section, place });
      walk(section.children, childPlace(section.id));
    }
  };
  for (const part of PART_KEYS) walk(report.parts[part].sections, partPlace(part));
  return index;
}

/** The sections a side edited or added, and those holding one: what a deletion on the other side must not
 * drop unasked. Deleting or reordering inside a section the other side deleted leaves nothing to keep. */
function withWork(report: TReport, base: TIndex): Set<string> {
  const ids = new Set<string>();
  const visit = (section: TSection): boolean => {
    let work = false;
    for (const child of section.children) work = visit(child) || work;
    const before = base.at.get(section.id)?.section;
    if (work || !before || before.heading !== section.heading || before.body !== section.body) ids.add(section.id);
    return ids.has(section.id);
  };
  for (const part of PART_KEYS) for (const section of report.parts[part].sections) visit(section);
  return ids;
}

/** Each side's tree has no cycle, but taking mine's move of A into B and theirs' of B into A makes one.
 * A cycle is broken by giving one of its sections mine's place: one mine has but that stands where theirs
 * put it, which every cycle holds (a cycle of mine's places alone would be one in mine). Each section is
 * walked once; each repair fixes a section to mine's place for good. */
function breakCycles(ids: Iterable<string>, place: Map<string, TPlace>, mine: TIndex): void {
  const walking = new Set<string>();
  const done = new Set<string>();
  const up = (id: string) => ownerOf(place.get(id));
  for (const start of ids) {
    const path: string[] = [];
    let id: string | undefined = start;
    while (id !== undefined && !walking.has(id) && !done.has(id)) {
      walking.add(id);
      path.push(id);
      let next = up(id);
      while (next !== undefined && walking.has(next)) {
        const cycle = [next];
        for (let c = up(next); c !== undefined && c !== next; c = up(c)) cycle.push(c);
        const repair = cycle.find((c) => {
          const own = mine.at.get(c)?.place;
          return own !== undefined && own !== place.get(c);
        });
        if (repair === undefined) throw new Error('合并出错：小节的位置成环');
        place.set(repair, mine.at.get(repair)!.place);
        next = up(repair);
      }
      id = next;
    }
    for (const p of path) {
      walking.delete(p);
      done.add(p);
    }
  }
}

/** The sections of every part merged three ways by id; see mergeReports for the rules. */
export function mergeSections(
  baseReport: TReport,
  mineReport: TReport,
  theirsReport: TReport,
): { parts: Record<TPartKey, TSection[]>; conflicts: TSectionConflict[] } {
  const base = indexSections(baseReport);
  const sides: Record<TSide, TIndex> = { mine: indexSections(mineReport), theirs: indexSections(theirsReport) };
  const ids = new Set([...sides.mine.at.keys(), ...sides.theirs.at.keys()]);
  const deletedBy = (id: string): TSide | null => {
    if (!base.at.has(id) || sides.mine.at.has(id) === sides.theirs.at.has(id)) return null;
    return sides.mine.at.has(id) ? 'theirs' : 'mine';
  };

  // Where each section goes: a side that moved it wins; both moved it, mine.
  const place = new Map<string, TPlace>();
  for (const id of ids) {
    const [was, m, t] = [base.at.get(id)?.place, sides.mine.at.get(id)?.place, sides.theirs.at.get(id)?.place];
    place.set(id, m !== undefined && t !== undefined ? (m === was ? t : m) : (m ?? t)!);
  }
  breakCycles(ids, place, sides.mine);

  const work = { mine: withWork(mineReport, base), theirs: withWork(theirsReport, base) };
  const kept = new Set<string>();
  for (const id of ids) {
    const side = deletedBy(id);
    if (side === null || work[side === 'mine' ? 'theirs' : 'mine'].has(id)) kept.add(id);
  }
  // A kept section's list must stay: a section one side deleted stays when the other moved a section into it.
  for (const id of [...kept]) {
    for (let owner = ownerOf(place.get(id)); owner !== undefined && !kept.has(owner); owner = ownerOf(place.get(owner))) {
      kept.add(owner);
    }
  }
  // A section one side deleted but that stays keeps, inside it, what that side deleted with it: the other
  // side's section is kept whole until the clerk chooses.
  const keepDeletedWithin = (section: TSection, side: TSide) => {
    for (const child of section.children) {
      if (deletedBy(child.id) !== side) continue;
      kept.add(child.id);
      keepDeletedWithin(child, side);
    }
  };
  for (const id of [...kept]) {
    const side = deletedBy(id);
    if (side !== null) keepDeletedWithin(sides[side === 'mine' ? 'theirs' : 'mine'].at.get(id)!.section, side);
  }

  const byPlace = new Map<TPlace, string[]>();
  for (const id of ids) {
    if (!kept.has(id)) continue;
    const list = byPlace.get(place.get(id)!);
    if (list) list.push(id);
    else byPlace.set(place.get(id)!, [id]);
  }
  const orderedAt = (at: TPlace): string[] => {
    const here = byPlace.get(at);
    if (!here) return [];
    return orderList(base.lists.get(at) ?? [], sides.mine.lists.get(at), sides.theirs.lists.get(at), here);
  };

  const conflicts: TSectionConflict[] = [];
  const conflictAt = (id: string, reason: TSectionConflict['reason'], part: TPartKey, headingPath: string[]): TSectionConflict => ({
    kind: 'section',
    key: sectionConflictKey(id),
    reason,
    part,
    sectionId: id,
    headingPath,
    base: base.at.get(id)?.section ?? null,
    mine: sides.mine.at.get(id)?.section ?? null,
    theirs: sides.theirs.at.get(id)?.section ?? null,
    deletedIds: [],
    choices: reason === 'edited' ? ['mine', 'theirs', 'both'] : ['mine', 'theirs'],
  });
  const textOf = (id: string) => {
    const [b, m, t] = [base.at.get(id)?.section, sides.mine.at.get(id)?.section, sides.theirs.at.get(id)?.section];
    if (!m || !t) return { heading: (m ?? t)!.heading, body: (m ?? t)!.body, conflict: false };
    const heading = mergeValue(b?.heading, m.heading, t.heading, b !== undefined);
    const body = mergeValue(b?.body, m.body, t.body, b !== undefined);
    return { heading: heading.value, body: body.value, conflict: heading.conflict || body.conflict };
  };

  const emitted = new Set<string>();
  type TDeletion = { side: TSide; conflict: TSectionConflict };
  const build = (at: TPlace, part: TPartKey, level: number, path: string[], deletion: TDeletion | null): TSection[] => {
    const out: TSection[] = [];
    for (const id of orderedAt(at)) {
      if (emitted.has(id)) continue;
      emitted.add(id);
      const { heading, body, conflict } = textOf(id);
      const headingPath = [...path, heading];
      const side = deletedBy(id);
      let within: TDeletion | null = null;
      if (side !== null && deletion?.side === side) {
        within = deletion;
      } else if (side !== null) {
        within = { side, conflict: conflictAt(id, 'deleted', part, headingPath) };
        conflicts.push(within.conflict);
      } else if (conflict) {
        conflicts.push(conflictAt(id, 'edited', part, headingPath));
      }
      within?.conflict.deletedIds.push(id);
      // Each side keeps to the schema's four levels, but one side's move of a section under another, with
      // the other side's deeper sections inside it, can nest past them. The sections past the fourth level
      // then follow their fourth-level section as its siblings, in order: every character is kept, only
      // the numbering changes.
      if (level < LIMITS.depth) {
        out.push({ id, heading, body, children: build(childPlace(id), part, level + 1, headingPath, within) });
      } else {
        out.push({ id, heading, body, children: [] }, ...build(childPlace(id), part, level, headingPath, within));
      }
    }
    return out;
  };
  const parts = Object.fromEntries(PART_KEYS.map((part) => [part, build(partPlace(part), part, 1, [], null)])) as Record<
    TPartKey,
    TSection[]
  >;
  return { parts, conflicts };
}
