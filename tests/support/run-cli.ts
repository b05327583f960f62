import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `npm run -s cli -- …` exactly as its users do, and returns what it printed and its exit code. */
export function runCli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync('npm', ['run', '-s', 'cli', '--', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.replace(/^npm warn.*\n/gm, '') };
}
