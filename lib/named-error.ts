/** Next bundles a module once per route and layer while the repository is one per process (globalThis), so
 * an error it throws may be an instance of another copy of its class than the one a route imported. The
 * repository's error classes therefore answer `instanceof` by name, through this. */
export function isNamedError(value: unknown, name: string): boolean {
  return value instanceof Error && value.name === name;
}
