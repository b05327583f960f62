/** A loopback port for an end-to-end test: NIANBAO_E2E_PORT_OFFSET moves every test's port, so two
 * checkouts can run the suite side by side. */
export function e2ePort(base: number): number {
  return base + Number(process.env.NIANBAO_E2E_PORT_OFFSET ?? 0);
}
