import type { Action } from './action.js';
import type { ArmComparison, ArmsComparison } from './compare-arms.js';
import { CrisisSimError } from './crisis-sim-error.js';
import type { Issue } from './issue.js';
import { pairedDifferenceInterval } from './paired-difference-interval.js';
import type { ParameterSpec, ParameterValue } from './parameter.js';
import { resolveParameters } from './resolve-parameters.js';
import { runScenario } from './run-scenario.js';
import type { Scenario } from './scenario.js';
import { type Seed, seedText, validateSeed } from './seed.js';
import { wilsonInterval } from './wilson-interval.js';

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
export interface AlternativesComparison {
  readonly scenarioId: string;
  readonly scenarioVersion: string;
  readonly seed: string;
  readonly runs: number;
  readonly firstRun: number;
  readonly base: Readonly<Record<string, ParameterValue>>;
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
    if (!resolved.ok) issues.push(...resolved.issues.map((issue) => ({ ...issue, path: ['alternatives', i, ...issue.path] })));
    return resolved;
  });
  if (issues.length > 0 || !base.ok) throw new CrisisSimError(issues);
  const armValues = arms.map((arm) => (arm.ok ? arm.values : base.values));

  const outcomeIds = scenario.outcomes.map((outcome) => outcome.id as string);
  const indicatorIds = (scenario.indicators ?? []).map((indicator) => indicator.id);
  // cells[arm][k] = [both, alternativeOnly, baseOnly, neither] for outcomes then indicators.
  const cells = armValues.map(() => [...outcomeIds, ...indicatorIds].map(() => [0, 0, 0, 0]));
  const transitions = armValues.map(() =>
    Object.fromEntries(outcomeIds.map((from) => [from, Object.fromEntries(outcomeIds.map((to) => [to, 0]))])),
  );
  for (let runIndex = firstRun; runIndex < firstRun + options.runs; runIndex++) {
    const runOptions = {
      seed: options.seed,
      runIndex,
      mode: 'batch',
      checkInvariants: true,
      recordEvents: false,
      ...(options.probe === undefined ? {} : { probe: options.probe }),
    } as const;
    const b = runScenario(scenario, base.values, runOptions);
    armValues.forEach((values, arm) => {
      const a = runScenario(scenario, values, runOptions);
      const table = cells[arm] as number[][];
      outcomeIds.forEach((id, k) => {
        tally(table[k] as number[], a.outcome === id, b.outcome === id);
      });
      indicatorIds.forEach((id, k) => {
        tally(table[outcomeIds.length + k] as number[], a.indicators[id] != null, b.indicators[id] != null);
      });
      const row = (transitions[arm] as Record<string, Record<string, number>>)[b.outcome] as Record<string, number>;
      row[a.outcome] = (row[a.outcome] as number) + 1;
    });
  }

  const describe = (id: string, cell: number[]): ArmComparison => {
    const [both, alternativeOnly, baseOnly, neither] = cell as [number, number, number, number];
    const n = both + alternativeOnly + baseOnly + neither;
    const baseCount = both + baseOnly;
    const alternativeCount = both + alternativeOnly;
    return {
      id,
      base: { count: baseCount, probability: baseCount / n, interval: wilsonInterval(baseCount, n) },
      alternative: { count: alternativeCount, probability: alternativeCount / n, interval: wilsonInterval(alternativeCount, n) },
      difference: pairedDifferenceInterval(both, alternativeOnly, baseOnly, neither),
      baseOnly,
      alternativeOnly,
    };
  };
  const common = { scenarioId: scenario.id, scenarioVersion: scenario.version, seed: seedText(options.seed), runs: options.runs, firstRun };
  const baseValues = base.values as Readonly<Record<string, ParameterValue>>;
  return {
    ...common,
    base: baseValues,
    arms: options.alternatives.map((arm, i) => {
      const table = cells[i] as number[][];
      return {
        name: arm.name,
        ...common,
        base: baseValues,
        alternative: armValues[i] as Readonly<Record<string, ParameterValue>>,
        outcomes: outcomeIds.map((id, k) => describe(id, table[k] as number[])),
        indicators: indicatorIds.map((id, k) => describe(id, table[outcomeIds.length + k] as number[])),
        transitions: transitions[i] as Record<string, Record<string, number>>,
      };
    }),
  };
}

function tally(cell: number[], inAlternative: boolean, inBase: boolean): void {
  const position = inAlternative ? (inBase ? 0 : 1) : inBase ? 2 : 3;
  cell[position] = (cell[position] as number) + 1;
}
