import { CrisisSimError } from './crisis-sim-error.js';
import { describeBox } from './describe-box.js';
import type { SensitivityTarget } from './one-at-a-time-sensitivity.js';
import type { ParameterSpec } from './parameter.js';
import { parseTarget } from './parse-target.js';
import { type PrimOptions, type PrimResult, prim } from './prim.js';
import { runMonteCarlo } from './run-monte-carlo.js';
import type { RunRecord } from './run-record.js';
import type { AnyScenario } from './scenario.js';
import type { Seed } from './seed.js';

/** Options of {@link discoverScenarios}. */
export interface DiscoverOptions extends PrimOptions {
  /** The case of interest: `outcome:ID` or `indicator:ID` (happened by the horizon). */
  readonly target: SensitivityTarget | string;
  readonly runs: number;
  readonly seed: Seed;
  /** Overrides held fixed in every run (they are then not drawn, hence not in the box). */
  readonly parameters?: Readonly<Record<string, unknown>>;
}

/** Result of {@link discoverScenarios}. */
export interface DiscoveryResult extends PrimResult {
  readonly target: SensitivityTarget;
  /** The inputs PRIM could restrict: number and switch parameters drawn from their priors. */
  readonly inputs: readonly string[];
  /** The chosen box in plain words. */
  readonly description: string;
}

/**
 * Scenario discovery: under which parameter values does the target happen? Runs a batch
 * with every parameter that has a prior drawn per run (`uncertainty: 'priors'`), then
 * applies {@link prim} to the drawn values against the target. Choice parameters are left
 * out (PRIM peels ordered inputs); switches enter as 0/1.
 */
export function discoverScenarios(scenario: AnyScenario, options: DiscoverOptions): DiscoveryResult {
  const records: RunRecord[] = [];
  runMonteCarlo(scenario, {
    runs: options.runs,
    seed: options.seed,
    uncertainty: 'priors',
    ...(options.parameters === undefined ? {} : { parameters: options.parameters }),
    onRecord: (record) => records.push(record),
  });
  return discoverFromRecords(scenario, records, options);
}

/**
 * {@link discoverScenarios} on run records already made (by a runner, in shards, in any
 * order: they are sorted by run index first, so the result does not depend on it).
 */
export function discoverFromRecords(
  scenario: AnyScenario,
  records: readonly RunRecord[],
  options: PrimOptions & { readonly target: SensitivityTarget | string },
): DiscoveryResult {
  const target = parseTarget(scenario, options.target);
  const spec = scenario.parameters as ParameterSpec;
  const sorted = records.slice().sort((a, b) => a.runIndex - b.runIndex);
  const first = sorted[0];
  if (first === undefined) {
    throw new CrisisSimError([
      { code: 'invalid_option', path: ['records'], message: 'scenario discovery needs at least one run', value: 0 },
    ]);
  }
  const inputs = Object.keys(first.parameters).filter((key) => spec[key]?.kind === 'number' || spec[key]?.kind === 'boolean');
  if (inputs.length === 0) {
    throw new CrisisSimError([
      {
        code: 'invalid_option',
        path: ['parameters'],
        message: 'no number or switch parameter is drawn from a prior: nothing to discover over',
        value: [],
      },
    ]);
  }
  const rows = sorted.map((record) => inputs.map((key) => Number(record.parameters[key])));
  const y = sorted.map((record) =>
    'outcome' in target ? (record.outcome === target.outcome ? 1 : 0) : record.indicators[target.indicator] != null ? 1 : 0,
  );
  const result = prim({ names: inputs, rows, y }, options);
  const subject = 'outcome' in target ? target.outcome : target.indicator;
  const booleans = inputs.filter((key) => spec[key]?.kind === 'boolean');
  return { ...result, target, inputs, description: describeBox(subject, result.chosen, result.baseRate, { booleans }) };
}
