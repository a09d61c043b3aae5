import type { ParameterValue } from '../parameter.js';

/** Options shared by the kit's assertions; `V` is the scenario's parameter values type. */
export interface PropertyOptions<V = Readonly<Record<string, ParameterValue>>> {
  /** Number of generated cases (default 200). */
  readonly numRuns?: number;
  /** fast-check seed, to replay a whole property run (printed by fast-check on failure). */
  readonly seed?: number;
  /** Parameters held fixed, typed by the scenario's parameters; the rest range over the whole space. */
  readonly fixed?: Readonly<Partial<V>>;
}

/**
 * The fast-check parameters implied by {@link PropertyOptions}. The failing case's own
 * error goes into the report, so the replay line is printed, not just attached as a cause.
 */
export function checkParameters<V>(options: PropertyOptions<V>): { numRuns: number; includeErrorInReport: true; seed?: number } {
  const base = { numRuns: options.numRuns ?? 200, includeErrorInReport: true as const };
  return options.seed === undefined ? base : { ...base, seed: options.seed };
}
