// Summaries of timing samples, shared by the benchmarks so every figure means the same.

/** The value at percentile `p` (0–100) by the nearest-rank method. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

/** The median (nearest rank). */
export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Fastest, median, p95 and slowest of a set of timings. */
export interface SampleStats {
  readonly min: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

/** Summarises timings. */
export function sampleStats(samples: readonly number[]): SampleStats {
  return {
    min: Math.min(...samples),
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: Math.max(...samples),
  };
}
