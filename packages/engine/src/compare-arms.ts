import type { Action } from './action.js';
import { CrisisSimError } from './crisis-sim-error.js';
import type { Issue } from './issue.js';
import { type DifferenceInterval, pairedDifferenceInterval } from './paired-difference-interval.js';
import type { ParameterSpec, ParameterValue } from './parameter.js';
import { resolveParameters } from './resolve-parameters.js';
import { runScenario } from './run-scenario.js';
import type { Scenario } from './scenario.js';
import { type Seed, seedText, validateSeed } from './seed.js';
import { type ProportionInterval, wilsonInterval } from './wilson-interval.js';

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
export interface ArmsComparison {
  readonly scenarioId: string;
  readonly scenarioVersion: string;
  readonly seed: string;
  readonly runs: number;
  readonly firstRun: number;
  readonly base: Readonly<Record<string, ParameterValue>>;
  readonly alternative: Readonly<Record<string, ParameterValue>>;
  readonly outcomes: readonly ArmComparison[];
  readonly indicators: readonly ArmComparison[];
}

/**
 * A two-arm "what if": the same runs (same seed, same run indices, hence the same random
 * streams) under two parameter sets, compared pair by pair. Common random numbers make the
 * difference far more precise than two independent batches of the same size; the interval
 * accounts for the pairing.
 */
export function compareArms<S, P extends ParameterSpec, A extends Action, O extends string>(
  scenario: Scenario<S, P, A, O>,
  options: CompareArmsOptions,
): ArmsComparison {
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
  const base = resolveParameters(scenario.parameters, options.base ?? {});
  const alternative = resolveParameters(scenario.parameters, options.alternative);
  if (!base.ok) issues.push(...base.issues.map((issue) => ({ ...issue, path: ['base', ...issue.path] })));
  if (!alternative.ok) issues.push(...alternative.issues.map((issue) => ({ ...issue, path: ['alternative', ...issue.path] })));
  if (issues.length > 0 || !base.ok || !alternative.ok) throw new CrisisSimError(issues);

  const outcomeIds = scenario.outcomes.map((outcome) => outcome.id as string);
  const indicatorIds = (scenario.indicators ?? []).map((indicator) => indicator.id);
  // cells[k] = [both, alternativeOnly, baseOnly, neither] for outcomes then indicators.
  const cells = [...outcomeIds, ...indicatorIds].map(() => [0, 0, 0, 0]);
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
    const a = runScenario(scenario, alternative.values, runOptions);
    outcomeIds.forEach((id, k) => {
      tally(cells[k] as number[], a.outcome === id, b.outcome === id);
    });
    indicatorIds.forEach((id, k) => {
      tally(cells[outcomeIds.length + k] as number[], a.indicators[id] != null, b.indicators[id] != null);
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
  return {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    seed: seedText(options.seed),
    runs: options.runs,
    firstRun,
    base: base.values as Readonly<Record<string, ParameterValue>>,
    alternative: alternative.values as Readonly<Record<string, ParameterValue>>,
    outcomes: outcomeIds.map((id, k) => describe(id, cells[k] as number[])),
    indicators: indicatorIds.map((id, k) => describe(id, cells[outcomeIds.length + k] as number[])),
  };
}

function tally(cell: number[], inAlternative: boolean, inBase: boolean): void {
  const position = inAlternative ? (inBase ? 0 : 1) : inBase ? 2 : 3;
  cell[position] = (cell[position] as number) + 1;
}
