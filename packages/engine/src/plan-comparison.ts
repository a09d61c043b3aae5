import type { CompareAlternativesOptions } from './compare-alternatives.js';
import type { CompareArmsOptions } from './compare-arms.js';
import { CrisisSimError } from './crisis-sim-error.js';
import type { Issue } from './issue.js';
import type { PairedRuns } from './paired-runs.js';
import type { ParameterValue } from './parameter.js';
import { type MonteCarloPlan, planMonteCarlo } from './plan-monte-carlo.js';
import { resolveParameters } from './resolve-parameters.js';
import type { AnyScenario } from './scenario.js';
import { seedText, validateSeed } from './seed.js';

/**
 * A validated comparison of alternative arms against one base, as Monte Carlo batches: the
 * base's batch first, then each arm's, all on the same seed and run indices (common random
 * numbers). Plain data, so that a runner can split every batch into blocks over workers or
 * shards; pairing each arm's run records with the base's, run index by run index, gives what
 * `compareAlternatives` gives (see `ComparisonTally`).
 */
export interface ComparisonPlan extends PairedRuns {
  /** The arms' names and resolved values, in the order given. */
  readonly arms: readonly { readonly name: string; readonly values: Readonly<Record<string, ParameterValue>> }[];
  readonly outcomeIds: readonly string[];
  readonly indicatorIds: readonly string[];
  /** The batches to run: the base's, then each arm's. */
  readonly plans: readonly MonteCarloPlan[];
}

/**
 * Validates a several-arm comparison and plans it (see {@link ComparisonPlan}). Throws one
 * {@link CrisisSimError} listing every problem: bad seed, runs or first run, no arm, an arm
 * name given twice, a bad base or arm parameter (path `alternatives.<i>.<key>`).
 */
export function planComparison(scenario: AnyScenario, options: Omit<CompareAlternativesOptions, 'probe'>): ComparisonPlan {
  return planArms(scenario, options, (i) => ['alternatives', i]);
}

/**
 * {@link planComparison} of a two-arm comparison (`compareArms`): one arm named
 * `alternative`, whose bad parameters are named `alternative.<key>`.
 */
export function planTwoArmComparison(scenario: AnyScenario, options: Omit<CompareArmsOptions, 'probe'>): ComparisonPlan {
  return planArms(
    scenario,
    {
      seed: options.seed,
      runs: options.runs,
      ...(options.firstRun === undefined ? {} : { firstRun: options.firstRun }),
      ...(options.base === undefined ? {} : { base: options.base }),
      alternatives: [{ name: 'alternative', parameters: options.alternative }],
    },
    () => ['alternative'],
  );
}

function planArms(
  scenario: AnyScenario,
  options: Omit<CompareAlternativesOptions, 'probe'>,
  armPath: (i: number) => readonly (string | number)[],
): ComparisonPlan {
  const issues: Issue[] = [...validateSeed(options.seed)];
  const firstRun = options.firstRun ?? 0;
  if (!(Number.isSafeInteger(options.runs) && options.runs >= 1)) {
    issues.push({
      code: 'invalid_option',
      path: ['runs'],
      message: `runs must be a whole number >= 1, got ${String(options.runs)}`,
      value: options.runs,
    });
  }
  if (!(Number.isSafeInteger(firstRun) && firstRun >= 0)) {
    issues.push({
      code: 'invalid_option',
      path: ['firstRun'],
      message: `firstRun must be a whole number >= 0, got ${String(firstRun)}`,
      value: firstRun,
    });
  }
  if (options.alternatives.length === 0) {
    issues.push({
      code: 'invalid_option',
      path: ['alternatives'],
      message: 'give at least one alternative arm',
      value: options.alternatives,
    });
  }
  const names = new Set<string>();
  options.alternatives.forEach((arm, i) => {
    if (names.has(arm.name))
      issues.push({
        code: 'invalid_option',
        path: ['alternatives', i, 'name'],
        message: `arm name ${arm.name} is used twice`,
        value: arm.name,
      });
    names.add(arm.name);
  });
  const base = resolveParameters(scenario.parameters, options.base ?? {}, { constraints: scenario.constraints });
  if (!base.ok) issues.push(...base.issues.map((issue) => ({ ...issue, path: ['base', ...issue.path] })));
  const arms = options.alternatives.map((arm, i) => {
    const resolved = resolveParameters(scenario.parameters, arm.parameters, { constraints: scenario.constraints });
    if (!resolved.ok) issues.push(...resolved.issues.map((issue) => ({ ...issue, path: [...armPath(i), ...issue.path] })));
    return resolved;
  });
  if (issues.length > 0 || !base.ok) throw new CrisisSimError(issues);
  const end = firstRun + options.runs;
  // Every arm is the plain batch of its values on the master seed: the same run indices,
  // hence the same random streams, in every arm.
  const plan = (values: Readonly<Record<string, unknown>>) =>
    planMonteCarlo(scenario, { seed: options.seed, runs: end, runRange: [firstRun, end], parameters: values });
  const baseValues = base.values as Readonly<Record<string, ParameterValue>>;
  const armValues = arms.map((arm) => (arm.ok ? arm.values : base.values) as Readonly<Record<string, ParameterValue>>);
  return {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    seed: seedText(options.seed),
    runs: options.runs,
    firstRun,
    base: baseValues,
    arms: options.alternatives.map((arm, i) => ({ name: arm.name, values: armValues[i] as Readonly<Record<string, ParameterValue>> })),
    outcomeIds: scenario.outcomes.map((outcome) => outcome.id),
    indicatorIds: (scenario.indicators ?? []).map((indicator) => indicator.id),
    plans: [plan(baseValues), ...armValues.map(plan)],
  };
}
