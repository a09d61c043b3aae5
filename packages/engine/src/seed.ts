import { CrisisSimError } from './crisis-sim-error.js';
import { hashString, mixHash } from './hash.js';
import type { Issue } from './issue.js';

/**
 * A master seed: a whole number from 0 to 2^53 - 1 or a non-empty string. `42` and `'42'` are
 * the same seed. A string that reads as a number is accepted only in that number's one
 * canonical form (plain digits, no leading zero, sign, point, exponent, separator or space), so
 * that no two ways of writing one number give two different batches: `'01'`, `'1.0'`, `'1e0'`
 * and `' 1'` are refused with the canonical form to use. Any other string is a word seed, used
 * as written; it may not start or end with white space, which no output would show.
 */
export type Seed = number | string;

const SEED_RULE = 'a seed is a whole number from 0 to 9007199254740991 written in plain digits, or a word';

/** Why a string seed is refused, or undefined when it is usable. */
function stringSeedProblem(seed: string): string | undefined {
  if (seed.length === 0) return `seed must be a non-negative whole number or a non-empty string, got ""`;
  if (seed.trim() !== seed) return `seed ${JSON.stringify(seed)} starts or ends with white space; write it without (${SEED_RULE})`;
  if (/^(0|[1-9]\d*)$/.test(seed)) {
    if (Number.isSafeInteger(Number(seed))) return undefined;
    return `seed ${seed} is larger than 9007199254740991 (${SEED_RULE})`;
  }
  const asNumber = Number(seed.replaceAll('_', ''));
  if (Number.isFinite(asNumber)) {
    const canonical = Number.isSafeInteger(asNumber) && asNumber >= 0 ? `; write it as ${asNumber}` : '';
    return `seed ${JSON.stringify(seed)} is a number written another way${canonical} (${SEED_RULE})`;
  }
  return undefined;
}

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
  if (typeof seed === 'string') {
    const problem = stringSeedProblem(seed);
    return problem === undefined ? [] : [{ code: 'invalid_seed', path, message: problem, value: seed }];
  }
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
  if (typeof seed === 'string' && stringSeedProblem(seed) === undefined) return seed;
  if (typeof seed === 'number' && Number.isSafeInteger(seed) && seed >= 0) return String(seed);
  throw new CrisisSimError(validateSeed(seed));
}

/**
 * A master seed checked once, with its text and hash: what a batch derives each run's seed
 * from ({@link runSeedOf}), so that its runs neither re-check nor re-hash the seed.
 */
export interface CheckedSeed {
  readonly text: string;
  readonly hash: number;
}

/** Checks a master seed (throwing `invalid_seed` as {@link seedText} does) and hashes its text. */
export function checkSeed(seed: Seed): CheckedSeed {
  const text = seedText(seed);
  return { text, hash: hashString(text) };
}

/** The 53-bit seed of run `runIndex` of a checked master seed: see {@link deriveRunSeed}. */
export function runSeedOf(master: CheckedSeed, runIndex: number): number {
  return mixHash(master.hash, runIndex);
}

/**
 * The 53-bit seed of one run: a hash of the master seed and the run index only, so a run's
 * randomness never depends on how many runs there are, on which worker or in what order.
 */
export function deriveRunSeed(masterSeed: Seed, runIndex: number): number {
  return runSeedOf(checkSeed(masterSeed), runIndex);
}

/**
 * The 53-bit seed of one named stream of one run. Streams are keyed by name, never by
 * position: adding an actor adds a stream and leaves every other stream's draws unchanged.
 */
export function deriveStreamSeed(runSeed: number, streamName: string): number {
  return mixHash(runSeed, hashString(streamName));
}
