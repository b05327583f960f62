import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { benchChecks } from './bench-checks';
import { benchCounty } from './bench-county';
import { benchFigures } from './bench-figures';
import { benchHostileImport } from './bench-hostile-import';
import { benchImport } from './bench-import';
import { benchLoad } from './bench-load';
import { benchMerge } from './bench-merge';
import { benchPathological } from './bench-pathological';
import { benchRender } from './bench-render';
import { benchServer } from './bench-server';
import type { TFigure } from './stats';

/** `npm run bench [-- --json]`: each figure against its target; exits 1 when a target is missed. */
async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  if (!existsSync('.next/BUILD_ID')) execFileSync('npx', ['next', 'build'], { stdio: json ? 'ignore' : 'inherit' });
  // The server figures first: the in-process benches below leave this process with a large heap whose
  // collections would land in the load clients' measured latencies.
  const server = [...(await benchServer()), ...(await benchLoad()), ...(await benchCounty())];
  const figures: TFigure[] = [
    ...(await benchRender()),
    ...(await benchChecks()),
    ...(await benchFigures()),
    ...(await benchPathological()),
    ...(await benchMerge()),
    ...(await benchImport()),
    ...(await benchHostileImport()),
    ...server,
  ];
  if (json) {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } else {
    for (const f of figures) {
      const verdict = f.target === null ? '记录  ' : f.ok ? '达标  ' : '未达标';
      process.stdout.write(`${verdict}  ${f.name}: ${f.value} ${f.unit}${f.target === null ? '' : `（目标 ≤ ${f.target} ${f.unit}）`}\n`);
    }
  }
  if (figures.some((f) => !f.ok)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
  process.exitCode = 2;
});
