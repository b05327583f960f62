// Bundles lib/workers/task-worker.ts (and everything it imports) into one CommonJS file that
// worker_threads can start in production, in the CLI and in the tests alike: Next does not bundle a
// worker's entry for the server, and the app must not need tsx at run time. Skipped when the bundle is
// newer than every source file, so calling it before each CLI run costs a directory walk.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const outfile = join(root, '.nianbao', 'workers', 'task-worker.cjs');
const sources = ['lib', 'templates', 'scripts/build-workers.mjs', 'package-lock.json'].map((p) => join(root, p));

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

if (!existsSync(outfile) || statSync(outfile).mtimeMs < Math.max(...sources.map(newest))) {
  await build({
    entryPoints: [join(root, 'lib/workers/task-worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    alias: { '@': root },
  });
}
