/**
 * Where each of many strings first occurs in a text, found in one pass over the text (Aho–Corasick) rather
 * than one search per string: a report may carry over 3,000 sentences and hold 50,000 paragraphs, and a
 * search of every paragraph for every sentence took seconds. The result lists the strings found, as
 * indexes into `needles` in their order, each with the offset (in UTF-16 code units, as indexOf counts)
 * where it first starts; a string listed twice is found at its first index only.
 */
export function firstOccurrences(needles: readonly string[]): (text: string) => Array<{ needle: number; start: number }> {
  // A trie of the needles: children by code unit, and the needle that ends at each node.
  const next = [new Map<number, number>()];
  const ends: number[] = [-1];
  needles.forEach((needle, i) => {
    let node = 0;
    for (let k = 0; k < needle.length; k++) {
      const c = needle.charCodeAt(k);
      let child = next[node]!.get(c);
      if (child === undefined) {
        child = next.length;
        next.push(new Map());
        ends.push(-1);
        next[node]!.set(c, child);
      }
      node = child;
    }
    if (ends[node] === -1) ends[node] = i;
  });
  // fail: the node of the longest proper suffix that is in the trie; output: the nearest node along
  // the fail links (the node itself included) where a needle ends, or -1.
  const fail = new Array<number>(next.length).fill(0);
  const output = new Array<number>(next.length).fill(-1);
  const queue = [...next[0]!.values()];
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q]!;
    output[node] = ends[node] !== -1 ? node : output[fail[node]!]!;
    for (const [c, child] of next[node]!) {
      let f = fail[node]!;
      while (f !== 0 && !next[f]!.has(c)) f = fail[f]!;
      const target = next[f]!.get(c);
      fail[child] = target !== undefined && target !== child ? target : 0;
      queue.push(child);
    }
  }
  const empty = ends[0]!;
  return (text) => {
    const first = new Map<number, number>(empty === -1 ? [] : [[empty, 0]]);
    let node = 0;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      while (node !== 0 && !next[node]!.has(c)) node = fail[node]!;
      node = next[node]!.get(c) ?? 0;
      // A needle already found has had every needle that ends inside it found too, at or before it: the
      // walk stops there, so each needle is reported once and the pass stays linear.
      for (let at = output[node]!; at !== -1 && !first.has(ends[at]!); at = output[fail[at]!]!) {
        first.set(ends[at]!, k + 1 - needles[ends[at]!]!.length);
      }
    }
    return [...first].map(([needle, start]) => ({ needle, start })).sort((a, b) => a.needle - b.needle);
  };
}
