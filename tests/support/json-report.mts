/** With NIANBAO_TEST_REPORT set (by .ci/run), each vitest run also writes its results as JSON, from which
 * CI prints one plain "N passed, N failed" line for the whole test command. */
export function reporters(name: string) {
  const base = process.env.NIANBAO_TEST_REPORT;
  return base ? ['default', ['json', { outputFile: `${base}-${name}.json` }] as [string, { outputFile: string }]] : ['default'];
}
