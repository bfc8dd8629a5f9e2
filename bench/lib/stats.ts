export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Median time of `runs` calls after `warmups` untimed ones (JIT and caches settle first). */
export function measure(runs: number, warmups: number, run: () => void): number {
  for (let i = 0; i < warmups; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

export function printBench(name: string, value: number, unit: string, digits = 1): void {
  console.log(`bench ${name} ${value.toFixed(digits)} ${unit}`);
}
