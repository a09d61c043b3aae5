import type { Action } from './action.js';
import { type AlternativeArm, type AlternativesComparison, comparePlanned } from './compare-alternatives.js';
import type { DifferenceInterval } from './paired-difference-interval.js';
import type { PairedRuns } from './paired-runs.js';
import type { ParameterSpec, ParameterValue } from './parameter.js';
import { planTwoArmComparison } from './plan-comparison.js';
import type { AnyScenario, Scenario } from './scenario.js';
import type { Seed } from './seed.js';
import type { ProportionInterval } from './wilson-interval.js';

/** Options of {@link compareArms}. */
export interface CompareArmsOptions {
  readonly seed: Seed;
  /** Runs per arm; run indices `[firstRun, firstRun + runs)` in both arms. */
  readonly runs: number;
  readonly firstRun?: number;
  /** Overrides of the base arm (defaults when empty). */
  readonly base?: Readonly<Record<string, unknown>>;
  /** Overrides of the alternative arm, on top of the scenario defaults (not of `base`). */
  readonly alternative: Readonly<Record<string, unknown>>;
  /** Receives each run's position as it goes (see `RunScenarioOptions.probe`). */
  readonly probe?: Float64Array;
}

/** One event (an outcome, or an indicator happening by the horizon) in both arms. */
export interface ArmComparison {
  readonly id: string;
  readonly base: { readonly count: number; readonly probability: number; readonly interval: ProportionInterval };
  readonly alternative: { readonly count: number; readonly probability: number; readonly interval: ProportionInterval };
  /** p(alternative) - p(base), paired 95% interval. */
  readonly difference: DifferenceInterval;
  /** Runs where only one arm had the event: the pairs that carry the evidence. */
  readonly baseOnly: number;
  readonly alternativeOnly: number;
}

/** Result of {@link compareArms}. */
export interface ArmsComparison extends PairedRuns {
  readonly alternative: Readonly<Record<string, ParameterValue>>;
  readonly outcomes: readonly ArmComparison[];
  readonly indicators: readonly ArmComparison[];
  /** `transitions[b][a]`: runs that ended in outcome b under the base and in outcome a under the alternative. */
  readonly transitions: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/**
 * A two-arm "what if": the same runs (same seed, same run indices, hence the same random
 * streams) under two parameter sets, compared pair by pair. Common random numbers make the
 * difference far more precise than two independent batches of the same size; the interval
 * accounts for the pairing. The transition table shows where the runs that changed went:
 * from which base outcome to which alternative outcome. For several alternatives at once,
 * see {@link compareAlternatives}.
 */
export function compareArms<S, P extends ParameterSpec, A extends Action, O extends string, D = unknown>(
  scenario: Scenario<S, P, A, O, D>,
  options: CompareArmsOptions,
): ArmsComparison {
  // The two-arm case of compareAlternatives: the same runs, the same results.
  const plan = planTwoArmComparison(scenario as unknown as AnyScenario, options);
  return armsComparisonOf(comparePlanned(scenario as unknown as AnyScenario, plan, options.probe));
}

/** The only arm of a two-arm comparison planned with `planTwoArmComparison`, as `compareArms` returns it (without its name). */
export function armsComparisonOf(result: AlternativesComparison): ArmsComparison {
  const { name: _name, ...comparison } = result.arms[0] as AlternativeArm;
  return comparison;
}
