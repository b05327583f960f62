/** A short random id for a section. crypto.randomUUID needs a secure context, which an office intranet
 * served over plain http is not, so this uses getRandomValues, available everywhere. */
export function newId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}
