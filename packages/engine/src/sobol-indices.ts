import { CrisisSimError } from './crisis-sim-error.js';
import { hashString } from './hash.js';
import { createRng } from './rng.js';
import type { SaltelliDesign } from './saltelli-design.js';
import { deriveStreamSeed, type Seed, seedText } from './seed.js';

/** An estimate with a bootstrap percentile interval. */
export interface BootstrapEstimate {
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
}

/** Sobol indices of one factor. */
export interface SobolRow {
  readonly factor: number;
  /** First-order index S1: the share of the output's variance this factor explains alone. */
  readonly first: BootstrapEstimate;
  /** Total-order index ST: its share including every interaction it takes part in. */
  readonly total: BootstrapEstimate;
}

/** Result of {@link sobolIndices}. */
export interface SobolIndices {
  /** Variance of the output over the A and B rows. */
  readonly variance: number;
  readonly rows: readonly SobolRow[];
  /** Bootstrap resamples behind the intervals, and their confidence level. */
  readonly bootstrap: number;
  readonly confidence: number;
}

/** Options of {@link sobolIndices}. */
export interface SobolIndicesOptions {
  /** Bootstrap resamples of the base rows (default 200; 0 gives intervals equal to the estimate). */
  readonly bootstrap?: number;
  /** Seed of the bootstrap's stream (default 0): the intervals are reproducible. */
  readonly seed?: Seed;
  /** Confidence level of the percentile intervals (default 0.95). */
  readonly confidence?: number;
}

/**
 * First- and total-order Sobol indices from the outputs at a {@link SaltelliDesign}'s points,
 * with Jansen's estimators (Jansen 1999; Saltelli et al. 2010, table 2):
 * S1_i = 1 - sum (f(B) - f(AB_i))^2 / (2 N V), ST_i = sum (f(A) - f(AB_i))^2 / (2 N V), and
 * bootstrap percentile intervals from resampling the base rows on a seeded stream. With
 * few rows the estimates can fall outside [0, 1]; they are reported as computed.
 */
export function sobolIndices(design: SaltelliDesign, values: readonly number[], options: SobolIndicesOptions = {}): SobolIndices {
  const d = design.dimensions;
  const n = design.samples;
  const stride = d + 2;
  if (values.length !== n * stride || values.some((value) => !Number.isFinite(value))) {
    throw new CrisisSimError([
      {
        code: 'invalid_option',
        path: ['values'],
        message: `need one finite output per design point (${n * stride}), got ${values.length}`,
        value: values.length,
      },
    ]);
  }
  const bootstrap = options.bootstrap ?? 200;
  const confidence = options.confidence ?? 0.95;
  if (!(Number.isSafeInteger(bootstrap) && bootstrap >= 0) || !(confidence > 0 && confidence < 1)) {
    throw new CrisisSimError([
      {
        code: 'invalid_option',
        path: ['bootstrap'],
        message: `bootstrap must be a whole number >= 0 and confidence within (0, 1), got ${bootstrap} and ${confidence}`,
        value: bootstrap,
      },
    ]);
  }
  const at = (row: number, column: number) => values[row * stride + column] as number;
  const estimate = (rows: readonly number[]) => {
    let sum = 0;
    let sumSquares = 0;
    for (const j of rows) {
      for (const c of [0, 1]) {
        sum += at(j, c);
        sumSquares += at(j, c) ** 2;
      }
    }
    const count = 2 * rows.length;
    const variance = (sumSquares - (sum * sum) / count) / (count - 1);
    const first: number[] = [];
    const total: number[] = [];
    for (let i = 0; i < d; i++) {
      let firstSum = 0;
      let totalSum = 0;
      for (const j of rows) {
        firstSum += (at(j, 1) - at(j, 2 + i)) ** 2;
        totalSum += (at(j, 0) - at(j, 2 + i)) ** 2;
      }
      // A constant output has no variance to share out: every index is 0.
      first.push(variance > 0 ? 1 - firstSum / (2 * rows.length * variance) : 0);
      total.push(variance > 0 ? totalSum / (2 * rows.length * variance) : 0);
    }
    return { variance, first, total };
  };
  const all = Array.from({ length: n }, (_, j) => j);
  const point = estimate(all);
  const rng = createRng(deriveStreamSeed(hashString(seedText(options.seed ?? 0)), 'sobol-indices:bootstrap'));
  const firstDraws: number[][] = Array.from({ length: d }, () => []);
  const totalDraws: number[][] = Array.from({ length: d }, () => []);
  for (let b = 0; b < bootstrap; b++) {
    const sample = all.map(() => rng.integer(0, n - 1));
    const again = estimate(sample);
    for (let i = 0; i < d; i++) {
      (firstDraws[i] as number[]).push(again.first[i] as number);
      (totalDraws[i] as number[]).push(again.total[i] as number);
    }
  }
  const interval = (value: number, draws: number[]): BootstrapEstimate => {
    if (draws.length === 0) return { estimate: value, low: value, high: value };
    const sorted = draws.slice().sort((x, y) => x - y);
    const tail = (1 - confidence) / 2;
    const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(q * sorted.length)))] as number;
    return { estimate: value, low: pick(tail), high: pick(1 - tail) };
  };
  const rows = Array.from({ length: d }, (_, i) => ({
    factor: i,
    first: interval(point.first[i] as number, firstDraws[i] as number[]),
    total: interval(point.total[i] as number, totalDraws[i] as number[]),
  }));
  return { variance: point.variance, rows, bootstrap, confidence };
}
