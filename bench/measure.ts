/** Runs `fn` `runs` times (after `warmup` unmeasured runs) and returns the median in milliseconds. */
export async function medianMs(fn: () => unknown, runs: number, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  return times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
}

export interface Metric {
  value: number;
  unit: string;
  size: string;
  target?: string;
  /** Whether the target is met, when there is one. */
  met?: boolean;
}
