import type { Action } from './action.js';
import { CrisisSimError } from './crisis-sim-error.js';
import type { Issue } from './issue.js';
import type { ParameterSpec } from './parameter.js';
import { resolveParameters } from './resolve-parameters.js';
import type { RunResult } from './run-result.js';
import { runScenario, type SimulationMode } from './run-scenario.js';
import type { Scenario } from './scenario.js';
import { type Seed, validateSeed } from './seed.js';

/** Options of {@link simulate}. */
export interface SimulateOptions {
  /** Master seed; with the run index it determines every draw of the run. */
  readonly seed: Seed;
  /** Which run of a Monte Carlo batch this is (default 0). */
  readonly runIndex?: number;
  /** Overrides of parameter defaults, by key; validated. */
  readonly parameters?: Readonly<Record<string, unknown>>;
  /** `batch` (default) or `trace` (daily frozen snapshots and immer patches). */
  readonly mode?: SimulationMode;
  /** Check the scenario's invariants after every step (default true). */
  readonly checkInvariants?: boolean;
}

/**
 * Runs one scenario once. A pure function: the same scenario, options and seed give a
 * deep-equal result every time, in either mode. Throws a {@link CrisisSimError} naming the
 * field on bad input (unknown parameter, value out of range, bad seed or run index).
 */
export function simulate<S, P extends ParameterSpec, A extends Action, O extends string, D = unknown>(
  scenario: Scenario<S, P, A, O, D>,
  options: SimulateOptions,
): RunResult<S, A, O> {
  const issues: Issue[] = [...validateSeed(options.seed)];
  const runIndex = options.runIndex ?? 0;
  if (!(Number.isSafeInteger(runIndex) && runIndex >= 0)) {
    issues.push({
      code: 'invalid_option',
      path: ['runIndex'],
      message: `runIndex must be a whole number >= 0, got ${String(runIndex)}`,
      value: runIndex,
    });
  }
  const mode = options.mode ?? 'batch';
  if (mode !== 'batch' && mode !== 'trace') {
    issues.push({ code: 'invalid_option', path: ['mode'], message: `mode must be batch or trace, got ${String(mode)}`, value: mode });
  }
  const resolved = resolveParameters(scenario.parameters, options.parameters ?? {}, { constraints: scenario.constraints });
  if (!resolved.ok) issues.push(...resolved.issues);
  if (issues.length > 0 || !resolved.ok) throw new CrisisSimError(issues);
  return runScenario(scenario, resolved.values, { seed: options.seed, runIndex, mode, checkInvariants: options.checkInvariants ?? true });
}
