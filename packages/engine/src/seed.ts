import { CrisisSimError } from './crisis-sim-error.js';
import { hashString, mixHash } from './hash.js';
import type { Issue } from './issue.js';

/** A master seed: a non-negative safe integer or a non-empty string. `42` and `'42'` are the same seed. */
export type Seed = number | string;

/** Issues with a seed value; empty when it is usable. */
export function validateSeed(seed: unknown, path: readonly (string | number)[] = ['seed']): Issue[] {
  if (typeof seed === 'number') {
    if (Number.isSafeInteger(seed) && seed >= 0) return [];
    return [
      {
        code: 'invalid_seed',
        path,
        message: `seed must be a non-negative whole number or a non-empty string, got ${String(seed)}`,
        value: seed,
      },
    ];
  }
  if (typeof seed === 'string' && seed.length > 0) return [];
  return [
    {
      code: 'invalid_seed',
      path,
      message: `seed must be a non-negative whole number or a non-empty string, got ${JSON.stringify(seed) ?? String(seed)}`,
      value: seed,
    },
  ];
}

/** The canonical text of a seed, as printed in manifests and reports. */
export function seedText(seed: Seed): string {
  // Called for every run (twice in a batch): the valid cases return without building issues.
  if (typeof seed === 'string' && seed.length > 0) return seed;
  if (typeof seed === 'number' && Number.isSafeInteger(seed) && seed >= 0) return String(seed);
  throw new CrisisSimError(validateSeed(seed));
}

/**
 * The 53-bit seed of one run: a hash of the master seed and the run index only, so a run's
 * randomness never depends on how many runs there are, on which worker or in what order.
 */
export function deriveRunSeed(masterSeed: Seed, runIndex: number): number {
  return mixHash(hashString(seedText(masterSeed)), runIndex);
}

/**
 * The 53-bit seed of one named stream of one run. Streams are keyed by name, never by
 * position: adding an actor adds a stream and leaves every other stream's draws unchanged.
 */
export function deriveStreamSeed(runSeed: number, streamName: string): number {
  return mixHash(runSeed, hashString(streamName));
}
