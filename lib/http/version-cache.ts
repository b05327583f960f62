/**
 * Results computed from one stored version of a report, by key, the most recently used kept. A stored
 * version never changes, so an entry never goes stale on its own; simultaneous requests for one version
 * share a single computation; a computation that fails, or whose result `keep` refuses, is forgotten.
 */
export function versionCache<T>(max: number, keep: (value: T) => boolean = () => true) {
  const cache = new Map<string, Promise<T>>();
  return (key: string, compute: () => Promise<T>): Promise<T> => {
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const computing = compute();
    cache.set(key, computing);
    computing.then(
      (value) => (keep(value) ? undefined : cache.delete(key)),
      () => cache.delete(key),
    );
    while (cache.size > max) cache.delete(cache.keys().next().value!);
    return computing;
  };
}
