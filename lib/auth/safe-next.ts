/** Where to go after signing in: a path of this site only, so a crafted link cannot send the clerk elsewhere. */
export function safeNext(next: string | string[] | undefined): string {
  const path = typeof next === 'string' ? next : '';
  return /^\/(?![/\\])[^\s]*$/.test(path) ? path : '/';
}
