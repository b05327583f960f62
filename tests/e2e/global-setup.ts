import { execFileSync } from 'node:child_process';

/** Builds the app once for the end-to-end run, so the tests exercise the production build users start. */
export default function setup(): void {
  if (process.env.NIANBAO_E2E_SKIP_BUILD === '1') return;
  execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
}
