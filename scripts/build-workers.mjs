// Bundles the app's two workers with esbuild, each skipped when its bundle is newer than every source
// file, so calling this before each CLI run costs a directory walk:
// - lib/workers/task-worker.ts (and everything it imports) into one CommonJS file that worker_threads can
//   start in production, in the CLI and in the tests alike: Next does not bundle a worker's entry for the
//   server, and the app must not need tsx at run time;
// - lib/offline/service-worker.ts into public/sw.js, the browser's service worker behind the offline page.
//   Its cache is named for the newest source of the whole app, so every build from changed sources gives
//   the browser a new worker, which caches that build's offline page.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const at = (...paths) => paths.map((p) => join(root, p));

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

/** The newest modification time of the sources, or null when the bundle is newer than all of them. */
function staleness(outfile, sources) {
  const latest = Math.max(...sources.filter(existsSync).map(newest));
  return existsSync(outfile) && statSync(outfile).mtimeMs >= latest ? null : latest;
}

const shared = at('scripts/build-workers.mjs', 'package-lock.json');
const bundle = (entry, outfile, options) => build({ entryPoints: [join(root, entry)], outfile, bundle: true, logLevel: 'warning', ...options });

const taskWorker = join(root, '.nianbao', 'workers', 'task-worker.cjs');
if (staleness(taskWorker, [...at('lib', 'templates'), ...shared]) !== null) {
  // unpdf stays a package of its own: its PDF.js build is an ES module with top-level await, which a
  // CommonJS bundle cannot hold; the worker requires it from node_modules.
  await bundle('lib/workers/task-worker.ts', taskWorker, { platform: 'node', format: 'cjs', target: 'node20', alias: { '@': root }, external: ['unpdf'] });
}

const serviceWorker = join(root, 'public', 'sw.js');
const appVersion = staleness(serviceWorker, [...at('app', 'components', 'lib', 'templates', 'next.config.js'), ...shared]);
if (appVersion !== null) {
  const define = { CACHE_VERSION: JSON.stringify(Math.floor(appVersion).toString(36)) };
  await bundle('lib/offline/service-worker.ts', serviceWorker, { platform: 'browser', format: 'iife', target: 'es2022', define });
}
