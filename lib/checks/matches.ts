/** What `text.matchAll(pattern)` finds, for a global pattern. matchAll copies the pattern on every call,
 * which on a short paragraph costs more than the search: with tens of thousands of paragraphs the copies
 * were most of a check's time. */
export function matchesOf(text: string, pattern: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    if (m[0] === '') pattern.lastIndex += 1;
  }
  return found;
}
