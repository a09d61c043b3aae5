import type { ParameterValue } from '../parameter.js';

/** Options shared by the kit's assertions. */
export interface PropertyOptions {
  /** Number of generated cases (default 200). */
  readonly numRuns?: number;
  /** fast-check seed, to replay a whole property run (printed by fast-check on failure). */
  readonly seed?: number;
  /** Parameters held fixed; the rest range over the whole space. */
  readonly fixed?: Readonly<Record<string, ParameterValue>>;
}

/**
 * The fast-check parameters implied by {@link PropertyOptions}. The failing case's own
 * error goes into the report, so the replay line is printed, not just attached as a cause.
 */
export function checkParameters(options: PropertyOptions): { numRuns: number; includeErrorInReport: true; seed?: number } {
  const base = { numRuns: options.numRuns ?? 200, includeErrorInReport: true as const };
  return options.seed === undefined ? base : { ...base, seed: options.seed };
}
