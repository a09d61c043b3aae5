import { CrisisSimError } from './crisis-sim-error.js';
import type { RunRange } from './run-range.js';

/** The `index`-th of `count` disjoint, contiguous slices of the run indices (1-based, as in `--shard 3/16`). */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/**
 * Parses `k/n` (1 <= k <= n). Throws a {@link CrisisSimError} with code `invalid_option`
 * that shows the expected form.
 */
export function parseShard(text: string, path: readonly (string | number)[] = ['shard']): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = match === null ? Number.NaN : Number(match[1]);
  const count = match === null ? Number.NaN : Number(match[2]);
  const shard = { index, count };
  const problem = match === null ? `got ${JSON.stringify(text)}` : shardProblem(shard);
  if (problem !== undefined) {
    throw new CrisisSimError([
      { code: 'invalid_option', path, message: `shard must be k/n with 1 <= k <= n, like 3/16; ${problem}`, value: text },
    ]);
  }
  return shard;
}

/** Why a shard is unusable, or undefined when it is fine. */
export function shardProblem(shard: Shard): string | undefined {
  const { index, count } = shard;
  if (!(Number.isSafeInteger(index) && Number.isSafeInteger(count))) return `got ${String(index)}/${String(count)}`;
  if (count < 1) return `n must be at least 1, got ${count}`;
  if (index < 1 || index > count) return `k must be between 1 and ${count}, got ${index}`;
  return undefined;
}

/**
 * The run indices of a shard of `runs` runs: `[floor(runs (k-1) / n), floor(runs k / n))`.
 * Integer arithmetic only, so every machine computes the same split and the shards tile
 * `[0, runs)` without gaps or overlaps.
 */
export function shardRange(runs: number, shard: Shard): RunRange {
  // BigInt: k * runs can pass 2^53 for large batches, and a rounded double quotient can
  // land on the next integer; the split must be exact to tile [0, runs) everywhere.
  const boundary = (k: number) => Number((BigInt(k) * BigInt(runs)) / BigInt(shard.count));
  return [boundary(shard.index - 1), boundary(shard.index)];
}
