/** Runs `fn` `runs` times (after `warmup` unmeasured runs) and returns the median in milliseconds. */
export async function medianMs(fn: () => unknown, runs: number, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The q-quantile (nearest rank) of `values`. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/** How a suite is run: `quick` (CI) is one iteration each, on smaller inputs where the full run takes > 10 s. */
export interface BenchOptions {
  quick: boolean;
}

/** `full` in a full run, `small` in quick mode. */
export function pick<T>(options: BenchOptions, full: T, small: T): T {
  return options.quick ? small : full;
}

/**
 * What a measured value is compared with, measured in the same run on the same input: a well-kept
 * library doing the same job (a peer) or the bare cost of the work underneath (a physical limit).
 */
export interface Reference {
  /** What was measured, e.g. "JSON.parse of the same bytes". */
  label: string;
  value: number;
}

export interface Metric {
  value: number;
  unit: string;
  size: string;
  peer?: Reference;
  target?: string;
  /** Whether the target is met, when there is one. */
  met?: boolean;
}

/** value ÷ peer, when there is a peer. */
export function ratio(metric: Metric): number | undefined {
  return metric.peer && metric.peer.value > 0 ? metric.value / metric.peer.value : undefined;
}
