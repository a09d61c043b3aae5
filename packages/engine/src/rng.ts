import seedrandom from 'seedrandom';
import { CrisisSimError } from './crisis-sim-error.js';

/**
 * The exported state of an {@link Rng}: enough to resume the stream exactly where it
 * stopped, e.g. from a checkpoint. Plain JSON.
 */
export interface RngState {
  readonly algorithm: 'tychei';
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
}

/**
 * A seeded stream of random numbers. Every random choice in a model goes through one of
 * these, passed in explicitly, so a run can be replayed from its seed alone. Every draw
 * refuses non-finite arguments (NaN, Infinity) with a {@link CrisisSimError} (`invalid_argument`):
 * a NaN probability would otherwise pass silently as "never". Inside a run the step loop
 * reports it as a `scenario_fault` naming the run, day and actor.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  uniform(min: number, max: number): number;
  /** Uniform integer in [min, max], both ends included. */
  integer(min: number, max: number): number;
  /** True with probability `p` (clamped to [0, 1]). Always consumes one draw. */
  bernoulli(p: number): boolean;
  /** Normal with the given mean and standard deviation (Box-Muller, two draws, no cache). */
  normal(mean?: number, sd?: number): number;
  /** Exponential with the given rate. */
  exponential(rate: number): number;
  /** Triangular on [min, max] with the given mode. */
  triangular(min: number, mode: number, max: number): number;
  /** Gamma with the given shape and scale 1 (Marsaglia-Tsang). */
  gamma(shape: number): number;
  /** Beta(alpha, beta) on [0, 1]. */
  beta(alpha: number, beta: number): number;
  /** One element, uniformly. Throws on an empty list. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy (Fisher-Yates); the input is left as it is. */
  shuffle<T>(items: readonly T[]): T[];
  /** The stream's current state, to resume it later with {@link restoreRng}. */
  state(): RngState;
}

type TycheiState = { a: number; b: number; c: number; d: number };
type StatefulPrng = (() => number) & { state(): TycheiState; int32(): number };

const TWO_TO_32 = 0x100000000;

// The typings declare string seeds only; tychei also takes an integer seed, which skips
// string mixing and makes seeding about 5x cheaper than alea (bench/rng.ts).
const tychei = seedrandom.tychei as unknown as (seed: number | string, options: { state: true | TycheiState }) => StatefulPrng;

class TycheiRng implements Rng {
  readonly #prng: StatefulPrng;
  readonly #int32: () => number;

  constructor(prng: StatefulPrng) {
    this.#prng = prng;
    this.#int32 = prng.int32;
  }

  /**
   * One uniform draw in [0, 1). The same value seedrandom's `prng()` returns, computed here
   * from the generator's raw 32-bit output to save a call per draw on the hot path.
   */
  #draw(): number {
    return (this.#int32() >>> 0) / TWO_TO_32;
  }

  next(): number {
    return this.#draw();
  }

  uniform(min: number, max: number): number {
    if (!(Number.isFinite(min) && Number.isFinite(max))) throw notFinite('uniform', { min, max });
    return min + (max - min) * this.#draw();
  }

  integer(min: number, max: number): number {
    if (!(Number.isFinite(min) && Number.isFinite(max))) throw notFinite('integer', { min, max });
    return min + Math.floor(this.#draw() * (max - min + 1));
  }

  bernoulli(p: number): boolean {
    // NaN would compare false and pass silently as "never": refuse it (and infinities) instead.
    if (!Number.isFinite(p)) throw notFinite('bernoulli', { p });
    return this.#draw() < p;
  }

  normal(mean = 0, sd = 1): number {
    if (!(Number.isFinite(mean) && Number.isFinite(sd))) throw notFinite('normal', { mean, sd });
    // 1 - u keeps the logarithm's argument in (0, 1].
    const u = 1 - this.#draw();
    const v = this.#draw();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  exponential(rate: number): number {
    if (!(Number.isFinite(rate) && rate > 0)) throw notFinite('exponential', { rate }, 'a finite rate > 0');
    return -Math.log(1 - this.#draw()) / rate;
  }

  triangular(min: number, mode: number, max: number): number {
    if (!(Number.isFinite(min) && Number.isFinite(mode) && Number.isFinite(max))) throw notFinite('triangular', { min, mode, max });
    const u = this.#draw();
    const split = max === min ? 0.5 : (mode - min) / (max - min);
    return u < split ? min + Math.sqrt(u * (max - min) * (mode - min)) : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
  }

  gamma(shape: number): number {
    // A non-positive or non-finite shape would loop forever or return NaN.
    if (!(Number.isFinite(shape) && shape > 0)) throw notFinite('gamma', { shape }, 'a finite shape > 0');
    if (shape < 1) {
      // Boost to shape + 1, then scale back (Marsaglia and Tsang 2000, section 6).
      return this.gamma(shape + 1) * (1 - this.#draw()) ** (1 / shape);
    }
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = 1 - this.#draw();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
    }
  }

  beta(alpha: number, beta: number): number {
    if (!(Number.isFinite(alpha) && alpha > 0 && Number.isFinite(beta) && beta > 0))
      throw notFinite('beta', { alpha, beta }, 'finite alpha > 0 and beta > 0');
    const x = this.gamma(alpha);
    const y = this.gamma(beta);
    return x / (x + y);
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Rng.pick needs a non-empty list');
    return items[Math.floor(this.#draw() * items.length)] as T;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.#draw() * (i + 1));
      const held = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = held;
    }
    return copy;
  }

  state(): RngState {
    const { a, b, c, d } = this.#prng.state();
    return { algorithm: 'tychei', a, b, c, d };
  }
}

/**
 * The error of a draw given unusable arguments. Kept out of the draw methods so that their
 * hot path is one comparison; the step loop adds the run, day and actor when it catches it.
 */
function notFinite(draw: string, args: Readonly<Record<string, number>>, allowed = 'finite numbers'): CrisisSimError {
  const shown = Object.entries(args)
    .map(([name, value]) => `${name} = ${String(value)}`)
    .join(', ');
  return new CrisisSimError([
    {
      code: 'invalid_argument',
      path: ['rng', draw],
      message: `rng.${draw} needs ${allowed}, got ${shown}`,
      value: args,
    },
  ]);
}

/**
 * A new stream from a 53-bit integer seed (see {@link deriveStreamSeed}). Algorithm:
 * seedrandom's tychei, chosen by measurement in bench/rng.ts (cheapest to seed, among the
 * fastest to draw).
 */
export function createRng(seed: number): Rng {
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new RangeError(`createRng needs a non-negative safe integer seed, got ${String(seed)}`);
  }
  return new TycheiRng(tychei(seed, { state: true }));
}

/** Resumes a stream from a state taken with {@link Rng.state}. */
export function restoreRng(state: RngState): Rng {
  if (state.algorithm !== 'tychei') throw new RangeError(`Unknown RNG algorithm ${String(state.algorithm)}`);
  return new TycheiRng(tychei(0, { state: { a: state.a, b: state.b, c: state.c, d: state.d } }));
}
