const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** Whether a side changed the order of the sections all three versions have in this list. */
function reordered(side: string[], base: string[], other: string[]): boolean {
  const [inSide, inBase, inOther] = [new Set(side), new Set(base), new Set(other)];
  const common = (list: string[], a: Set<string>, b: Set<string>) => list.filter((id) => a.has(id) && b.has(id));
  return !sameList(common(side, inBase, inOther), common(base, inSide, inOther));
}

/**
 * The order of one merged list. `here` holds the ids the merge puts in it; `mine` and `theirs` are the
 * list on each side (undefined where that side has no such list: the section holding it is not there).
 *
 * One side's order is the skeleton: theirs when only theirs reordered the sections all three share, else
 * mine (so when both reordered, mine's order stands). The other side's sections missing from it (added, or
 * moved in) each follow their nearest preceding neighbour on that side that is in the list; a run of the
 * skeleton side's own new sections (added or moved into this list) right after that neighbour stays right
 * after it, so two additions at the same place come mine first when mine is the skeleton. Linear in the list's length.
 */
export function orderList(base: string[], mine: string[] | undefined, theirs: string[] | undefined, here: string[]): string[] {
  const isHere = new Set(here);
  const [skeletonSide, other] =
    mine === undefined
      ? [theirs ?? [], []]
      : theirs === undefined
        ? [mine, []]
        : reordered(theirs, base, mine) && !reordered(mine, base, theirs)
          ? [theirs, mine]
          : [mine, theirs];
  const skeleton = skeletonSide.filter((id) => isHere.has(id));
  const inSkeleton = new Map(skeleton.map((id, i) => [id, i]));
  const [inOther, inBase] = [new Set(other), new Set(base)];
  const isOwnNew = (id: string) => !inOther.has(id) && !inBase.has(id);
  const pastOwnRun = (i: number) => {
    while (i + 1 < skeleton.length && isOwnNew(skeleton[i + 1]!)) i++;
    return i;
  };

  const after = new Map<string | null, string[]>();
  let previous: string | null = null;
  for (const id of other) {
    if (!isHere.has(id)) continue;
    if (inSkeleton.has(id)) {
      previous = id;
      continue;
    }
    let anchor = previous;
    if (previous === null || inSkeleton.has(previous)) {
      const i = pastOwnRun(previous === null ? -1 : inSkeleton.get(previous)!);
      anchor = i < 0 ? null : skeleton[i]!;
    }
    const list = after.get(anchor);
    if (list) list.push(id);
    else after.set(anchor, [id]);
    previous = id;
  }

  const out: string[] = [];
  const placed = new Set<string>();
  const emit = (id: string) => {
    if (placed.has(id)) return;
    placed.add(id);
    out.push(id);
    for (const next of after.get(id) ?? []) emit(next);
  };
  for (const id of after.get(null) ?? []) emit(id);
  for (const id of skeleton) emit(id);
  // Every id the merge put here has a place above; this keeps it so should that ever not hold.
  for (const id of here) emit(id);
  return out;
}
