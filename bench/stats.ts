/** A measured figure; `target` is null for a figure recorded without a target (throughput, p99). */
export type TFigure = { name: string; value: number; unit: string; target: number | null; ok: boolean };

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export const median = (samples: number[]) => percentile(samples, 50);

/** A figure against an upper-bound target (or none), rounded for reading. */
export function figure(name: string, value: number, unit: string, target: number | null): TFigure {
  return { name, value: Math.round(value * 100) / 100, unit, target, ok: target === null || value <= target };
}

export async function timeIt(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** Peak resident memory above the starting point while fn runs, sampled every few milliseconds. */
export async function peakRssGrowthMb(fn: () => Promise<unknown>): Promise<number> {
  const start = process.memoryUsage().rss;
  let peak = start;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
  try {
    await fn();
  } finally {
    clearInterval(sampler);
  }
  return (Math.max(peak, process.memoryUsage().rss) - start) / 1_048_576;
}
