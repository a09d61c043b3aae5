import type { Action } from './action.js';
import type { ArmsComparison } from './compare-arms.js';
import { ComparisonTally } from './comparison-tally.js';
import type { PairedRuns } from './paired-runs.js';
import type { ParameterSpec } from './parameter.js';
import { type ComparisonPlan, planComparison } from './plan-comparison.js';
import { runScenarioSeeded } from './run-scenario.js';
import type { AnyScenario, Scenario } from './scenario.js';
import { checkSeed, type Seed } from './seed.js';

/** Options of {@link compareAlternatives}. */
export interface CompareAlternativesOptions {
  readonly seed: Seed;
  /** Runs per arm; run indices `[firstRun, firstRun + runs)` in every arm. */
  readonly runs: number;
  readonly firstRun?: number;
  /** Overrides of the base arm (defaults when empty). */
  readonly base?: Readonly<Record<string, unknown>>;
  /** The alternative arms, each with a name and its overrides on top of the scenario defaults (not of `base`). */
  readonly alternatives: readonly { readonly name: string; readonly parameters: Readonly<Record<string, unknown>> }[];
  /** Receives each run's position as it goes (see `RunScenarioOptions.probe`). */
  readonly probe?: Float64Array;
}

/** One alternative arm against the base: a two-arm comparison with the arm's name. */
export interface AlternativeArm extends ArmsComparison {
  readonly name: string;
}

/** Result of {@link compareAlternatives}. */
export interface AlternativesComparison extends PairedRuns {
  readonly arms: readonly AlternativeArm[];
}

/**
 * Several "what ifs" against one base on the same runs (same seed, same run indices, so
 * the same random streams in every arm): each run is simulated once under the base and once
 * under each alternative. Each arm gets what {@link compareArms} gives for it, including the
 * transition table: for each base outcome, how the same runs ended under the alternative.
 * Costs (1 + arms) simulations per run instead of 2 per run and arm.
 */
export function compareAlternatives<S, P extends ParameterSpec, A extends Action, O extends string, D = unknown>(
  scenario: Scenario<S, P, A, O, D>,
  options: CompareAlternativesOptions,
): AlternativesComparison {
  return comparePlanned(scenario as unknown as AnyScenario, planComparison(scenario as unknown as AnyScenario, options), options.probe);
}

/**
 * Runs a planned comparison on this thread, run index by run index (each run once under the
 * base and once under each arm), and returns its result. A runner does the same with the
 * plan's batches spread over workers, pairing their run records.
 */
export function comparePlanned(scenario: AnyScenario, plan: ComparisonPlan, probe?: Float64Array): AlternativesComparison {
  const tally = new ComparisonTally(plan);
  const checkInvariants = plan.plans[0]?.checkInvariants ?? true;
  const master = checkSeed(plan.seed);
  for (let runIndex = plan.firstRun; runIndex < plan.firstRun + plan.runs; runIndex++) {
    const runOptions = {
      seed: plan.seed,
      runIndex,
      mode: 'batch',
      checkInvariants,
      recordEvents: false,
      ...(probe === undefined ? {} : { probe }),
    } as const;
    const base = runScenarioSeeded(scenario, plan.base as never, runOptions, master);
    plan.arms.forEach((arm, i) => {
      tally.add(i, base, runScenarioSeeded(scenario, arm.values as never, runOptions, master));
    });
  }
  return tally.result();
}
