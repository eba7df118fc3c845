/**
 * A small benchmark harness: suites measure a case beside a baseline measured in the same run,
 * print a table, and append machine-readable rows to bench-results.json.
 */
export interface BenchRow {
  suite: string;
  case: string;
  metric: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
}

export interface BenchContext {
  record(row: Omit<BenchRow, 'suite'>): void;
  log(line: string): void;
}

export interface BenchSuite {
  name: string;
  run(ctx: BenchContext): Promise<void>;
}

/** Runs `fn` `iterations` times after `warmup` runs and returns each duration in milliseconds. */
export async function timeIt(fn: () => unknown, iterations: number, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
