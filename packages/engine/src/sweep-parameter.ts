import { closestName } from './closest-name.js';
import { CrisisSimError } from './crisis-sim-error.js';
import type { SummaryReport } from './describe-summary.js';
import { type EnsembleResult, ensemble } from './ensemble.js';
import type { ParameterValue } from './parameter.js';
import type { EnsembleOptions } from './plan-ensemble.js';
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
  const result = ensemble(scenario, {
    ...sweepEnsembleOptions(scenario, options),
    ...(options.probe === undefined ? {} : { probe: options.probe }),
  });
  return sweepFromEnsemble(options, result);
}

/**
 * A sweep as the ensemble it is: one point per value of the key, the other parameters held,
 * on common random numbers (every value runs the same runs, so each point equals the plain
 * batch at that value). Throws a {@link CrisisSimError} for an unknown key or no values.
 */
export function sweepEnsembleOptions(scenario: AnyScenario, options: Omit<SweepOptions, 'probe'>): EnsembleOptions {
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
  return {
    design: { kind: 'points', points: options.values.map((value) => ({ [options.key]: value })) },
    runs: options.runs,
    seed: options.seed,
    ...(options.parameters === undefined ? {} : { parameters: options.parameters }),
    uncertainty: options.uncertainty ?? 'none',
    streams: 'common',
  };
}

/** The sweep's result from the result of its ensemble ({@link sweepEnsembleOptions}), wherever that ran. */
export function sweepFromEnsemble(options: Omit<SweepOptions, 'probe'>, result: EnsembleResult): SweepResult {
  const points = result.points.map((point, i) => ({
    value: options.values[i] as ParameterValue,
    summary: point.summary,
    report: point.report,
  }));
  return { key: options.key, seed: result.seed, runs: options.runs, points };
}
