import type { ParameterValue } from './parameter.js';

/**
 * What every paired comparison names, planned or done: the scenario and its version, the one
 * master seed and run indices `[firstRun, firstRun + runs)` on which the base and every arm
 * ran (common random numbers), and the base's resolved values. Two comparisons with the same
 * fields ran the same runs and merge.
 */
export interface PairedRuns {
  readonly scenarioId: string;
  readonly scenarioVersion: string;
  /** The master seed, as text. */
  readonly seed: string;
  /** Runs per arm: run indices `[firstRun, firstRun + runs)`. */
  readonly runs: number;
  readonly firstRun: number;
  /** Resolved values of the base arm. */
  readonly base: Readonly<Record<string, ParameterValue>>;
}
