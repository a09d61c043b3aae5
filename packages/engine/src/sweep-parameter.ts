import { closestName } from './closest-name.js';
import { CrisisSimError } from './crisis-sim-error.js';
import { describeSummary, type SummaryReport } from './describe-summary.js';
import type { ParameterValue } from './parameter.js';
import { runMonteCarlo } from './run-monte-carlo.js';
import type { AnyScenario } from './scenario.js';
import type { Seed } from './seed.js';
import type { Summary, Uncertainty } from './summary.js';

/** Options of {@link sweepParameter}. */
export interface SweepOptions {
  /** The parameter to vary. */
  readonly key: string;
  /** Its values, in the order to report them. */
  readonly values: readonly ParameterValue[];
  readonly runs: number;
  readonly seed: Seed;
  /** Overrides of the other parameters, held at these values at every point. */
  readonly parameters?: Readonly<Record<string, unknown>>;
  readonly uncertainty?: Uncertainty;
  /** Receives each run's position as it goes (see `RunScenarioOptions.probe`). */
  readonly probe?: Float64Array;
}

/** One point of a sweep: a value and what the batch at that value gave. */
export interface SweepPoint {
  readonly value: ParameterValue;
  readonly summary: Summary;
  readonly report: SummaryReport;
}

/** Result of {@link sweepParameter}. */
export interface SweepResult {
  readonly key: string;
  readonly seed: string;
  readonly runs: number;
  readonly points: readonly SweepPoint[];
}

/**
 * Runs the same batch (same seed, same run indices, so the same random streams) at each
 * value of one parameter. Common random numbers make neighbouring points comparable: what
 * changes between them is the parameter, not the luck of the draw.
 */
export function sweepParameter(scenario: AnyScenario, options: SweepOptions): SweepResult {
  if (!Object.hasOwn(scenario.parameters, options.key)) {
    const near = closestName(options.key, Object.keys(scenario.parameters));
    throw new CrisisSimError([
      {
        code: 'unknown_key',
        path: ['key'],
        message: `unknown parameter ${options.key}${near === undefined ? '' : `; did you mean ${near}?`}`,
        value: options.key,
      },
    ]);
  }
  if (options.values.length === 0) {
    throw new CrisisSimError([
      { code: 'invalid_option', path: ['values'], message: 'a sweep needs at least one value', value: options.values },
    ]);
  }
  const points = options.values.map((value) => {
    const summary = runMonteCarlo(scenario, {
      runs: options.runs,
      seed: options.seed,
      parameters: { ...options.parameters, [options.key]: value },
      uncertainty: options.uncertainty ?? 'none',
      ...(options.probe === undefined ? {} : { probe: options.probe }),
    });
    return { value, summary, report: describeSummary(summary) };
  });
  return { key: options.key, seed: points[0]?.summary.manifest.seed ?? String(options.seed), runs: options.runs, points };
}
