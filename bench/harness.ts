// Shared plumbing for the measurements: tinybench runs, sample statistics, a seeded random source
// for the generated inputs, and the paths of the artefacts being measured.
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Bench, type Task } from 'tinybench';

export const ROOT = path.join(import.meta.dirname, '..');
export const DIST = path.join(ROOT, 'dist');
export const EXTENSION_BUNDLE = path.join(DIST, 'extension.js');
export const CONTENT_JSON = path.join(DIST, 'content.json');

/** Quick mode: tiny inputs and time budgets, for the smoke run and the unit test. */
export interface BenchOptions {
  quick?: boolean;
}

/** What a timed task reports back: its own duration, so set-up in the same call is not counted. */
export interface Timed {
  overriddenDuration: number;
}

export interface SampleStats {
  p50: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
  samples: number;
}

export interface TaskPlan {
  /** Time budget in ms (tinybench keeps sampling until both budgets are met). */
  time: number;
  /** Minimum number of samples. */
  iterations: number;
  /** Warm-up before sampling (JIT); off when the first calls are part of what is measured. */
  warmup?: boolean;
  warmupIterations?: number;
  beforeEach?: () => void | Promise<void>;
  afterEach?: () => void | Promise<void>;
}

/**
 * Runs `fn` under tinybench and returns the latency samples in ms. `fn` may time itself and return
 * `{ overriddenDuration }` (so per-call set-up stays outside the figure).
 */
export async function sample(name: string, fn: () => unknown, plan: TaskPlan): Promise<number[]> {
  const bench = new Bench({
    name,
    time: plan.time,
    iterations: plan.iterations,
    warmup: plan.warmup ?? true,
    warmupIterations: plan.warmupIterations ?? 3,
    warmupTime: 0,
    retainSamples: true,
    throws: true,
  });
  bench.add(name, fn as () => Promise<Timed | undefined>, {
    beforeEach: plan.beforeEach ? async () => plan.beforeEach?.() : undefined,
    afterEach: plan.afterEach ? async () => plan.afterEach?.() : undefined,
  });
  await bench.run();
  return samplesOf(bench.tasks[0]);
}

function samplesOf(task: Task): number[] {
  const r = task.result;
  if (r.state === 'errored') throw r.error;
  if (r.state !== 'completed' || !r.latency.samples) throw new Error(`${task.name}: benchmark did not complete (${r.state})`);
  return [...r.latency.samples];
}

/** Linear-interpolated percentile of unsorted samples (q in [0, 1]). */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function stats(samples: readonly number[]): SampleStats {
  return {
    p50: percentile(samples, 0.5),
    p99: percentile(samples, 0.99),
    mean: samples.reduce((a, b) => a + b, 0) / Math.max(1, samples.length),
    min: Math.min(...samples),
    max: Math.max(...samples),
    samples: samples.length,
  };
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 0.5);
}

/** Seeded pseudo-random numbers (mulberry32), so every generated input is the same in every run. */
export class Rng {
  private state: number;

  constructor(seed: number | string) {
    let h = 0x811c9dc5;
    for (const ch of String(seed)) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
    this.state = h >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.below(i + 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}

export const KB = 1024;
export const MB = 1024 * 1024;

/** The garbage collector, from --expose-gc or, failing that, switched on at run time. */
export function gcFunction(): () => void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

/** A fixed CPU-bound workload that depends on no product code: the yardstick for absolute figures. */
export function referenceWorkload(): number {
  const rng = new Rng('reference');
  const numbers = Array.from({ length: 20_000 }, () => rng.next());
  numbers.sort((a, b) => a - b);
  const json = JSON.stringify(numbers.slice(0, 5_000).map((n, i) => ({ i, n, s: n.toString(36) })));
  const parsed = JSON.parse(json) as { s: string }[];
  let hits = 0;
  for (const p of parsed) if (/[a-f]{2}/.test(p.s)) hits++;
  return hits;
}

export async function measureReference(options: BenchOptions = {}): Promise<number> {
  const samples = await sample('reference', () => referenceWorkload(), { time: options.quick ? 100 : 1000, iterations: options.quick ? 5 : 30 });
  return median(samples);
}

export function round(x: number, digits = 3): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
