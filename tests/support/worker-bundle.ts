import { execFileSync } from 'node:child_process';

/** The import, render and check workers run from a bundle (scripts/build-workers.mjs): built, if stale,
 * before any test starts one. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-workers.mjs'], { stdio: 'inherit' });
}
