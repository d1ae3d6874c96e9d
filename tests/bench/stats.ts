/** Timing and summary helpers for the bench: milliseconds from hrtime, percentiles, rounding. */

export function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Nearest-rank percentile of an ascending list (q in 0..1); NaN for an empty list. */
export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index]!;
}

/** Mean without the slowest `drop` fraction: one scheduler hiccup must not decide a ratio. */
export function trimmedMean(sorted: number[], drop = 0.01): number {
  const kept = sorted.slice(0, Math.max(1, Math.floor(sorted.length * (1 - drop))));
  return kept.reduce((a, b) => a + b, 0) / kept.length;
}

export function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Times `work` `runs` times (after `warmup` untimed runs); returns the samples ascending. */
export function timeRuns(runs: number, work: (i: number) => void, warmup = 0): number[] {
  for (let i = 0; i < warmup; i += 1) work(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    work(i);
    samples.push(ms(start));
  }
  return samples.sort((a, b) => a - b);
}

export interface Summary {
  p50: number;
  p95: number;
}

export function summarize(sorted: number[], digits = 3): Summary {
  return { p50: round(percentile(sorted, 0.5), digits), p95: round(percentile(sorted, 0.95), digits) };
}
