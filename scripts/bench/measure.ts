/** Timing helpers and the shape of a benchmark figure. */

export interface Options {
  /** Timed runs per figure (the median is reported). */
  reps: number;
  /** Untimed runs first, so the JIT and caches are warm. */
  warmup: number;
  /** Run `npm run build` / `npm run package` first (off: use what is in dist/). */
  build: boolean;
  packageVsix: boolean;
  /** Only these figure ids (P1, P2, …); empty = all. */
  only: string[];
  /** Files for P3 and P4. */
  files: number;
  /** Size in bytes of the P2 framework. */
  bigBytes: number;
}

export interface Figure {
  id: string;
  what: string;
  /** The measured median, or null when the piece is not built yet or the figure could not be taken. */
  value: number | null;
  unit: 'ms' | 'MB' | 'KB' | 'bytes' | 's';
  /** The target as printed ("≤ 200 ms") and the test applied to `value` or `ratio`. */
  target: string;
  pass: boolean | null;
  /** The same quantity for the baseline, measured in this run, and value / baseline. */
  baseline?: { what: string; value: number | null };
  ratio?: number | null;
  samples?: number[];
  note?: string;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `fn` `warmup` times untimed, then `reps` times; returns the timed samples in milliseconds. */
export async function time(fn: () => unknown, reps: number, warmup: number): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** Like {@link time}, but `prepare` runs before each run, outside the timing (a fresh document, an edit). */
export async function timeEach<T>(prepare: () => T, fn: (input: T) => unknown, reps: number, warmup: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < warmup + reps; i++) {
    const input = prepare();
    const t0 = performance.now();
    await fn(input);
    const ms = performance.now() - t0;
    if (i >= warmup) samples.push(ms);
  }
  return samples;
}

/**
 * Times several functions in alternation (A B C A B C …), so that a busy machine slows each of them alike
 * and their ratio stays meaningful; returns the samples of each, in milliseconds. A function that returns a
 * number has timed itself (its untimed set-up excluded): that number is its sample.
 */
export async function interleave(fns: (() => unknown)[], reps: number, warmup: number, cpuOut?: number[][]): Promise<number[][]> {
  const samples = fns.map(() => [] as number[]);
  fns.forEach(() => cpuOut?.push([]));
  for (let i = 0; i < warmup + reps; i++) {
    for (let f = 0; f < fns.length; f++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const own = await fns[f]();
      const ms = typeof own === 'number' ? own : performance.now() - t0;
      const cpu = process.cpuUsage(c0);
      if (i >= warmup) {
        samples[f].push(ms);
        cpuOut?.[f].push((cpu.user + cpu.system) / 1000);
      }
    }
  }
  return samples;
}

/** A figure for a piece that does not exist yet. */
export function notBuilt(id: string, what: string, unit: Figure['unit'], target: string, note = 'not built yet'): Figure {
  return { id, what, value: null, unit, target, pass: null, note };
}

export const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;

export function ratioOf(value: number | null, baseline: number | null): number | null {
  return value === null || baseline === null || baseline === 0 ? null : round(value / baseline, 2);
}
