import type { AlternativesComparison } from './compare-alternatives.js';
import type { ArmComparison } from './compare-arms.js';
import { pairedDifferenceInterval } from './paired-difference-interval.js';
import type { ComparisonPlan } from './plan-comparison.js';
import { wilsonInterval } from './wilson-interval.js';

/** What a comparison needs of one run: how it ended and when each indicator first happened. */
export interface PairedRun {
  readonly outcome: string;
  readonly indicators: Readonly<Record<string, number | null | undefined>>;
}

/**
 * The paired counts of a planned comparison, filled one pair of runs (the base's and an
 * arm's, of the same run index) at a time, in any order: for each arm and event, the runs
 * where both arms, only one or neither had it, and the base-to-arm outcome transitions.
 * `compareAlternatives` fills it as it runs; a runner fills it from run records.
 */
export class ComparisonTally {
  readonly #plan: ComparisonPlan;
  /** cells[arm][k] = [both, alternativeOnly, baseOnly, neither] for outcomes then indicators. */
  readonly #cells: number[][][];
  readonly #transitions: Record<string, Record<string, number>>[];

  constructor(plan: ComparisonPlan) {
    this.#plan = plan;
    const events = plan.outcomeIds.length + plan.indicatorIds.length;
    this.#cells = plan.arms.map(() => Array.from({ length: events }, () => [0, 0, 0, 0]));
    this.#transitions = plan.arms.map(() =>
      Object.fromEntries(plan.outcomeIds.map((from) => [from, Object.fromEntries(plan.outcomeIds.map((to) => [to, 0]))])),
    );
  }

  /** Counts one pair: run `base` under the base and run `alternative` (the same run index) under arm `arm`. */
  add(arm: number, base: PairedRun, alternative: PairedRun): void {
    const { outcomeIds, indicatorIds } = this.#plan;
    const table = this.#cells[arm] as number[][];
    outcomeIds.forEach((id, k) => {
      tally(table[k] as number[], alternative.outcome === id, base.outcome === id);
    });
    indicatorIds.forEach((id, k) => {
      tally(table[outcomeIds.length + k] as number[], alternative.indicators[id] != null, base.indicators[id] != null);
    });
    const row = (this.#transitions[arm] as Record<string, Record<string, number>>)[base.outcome] as Record<string, number>;
    row[alternative.outcome] = (row[alternative.outcome] as number) + 1;
  }

  /** The comparison of the pairs counted: what `compareAlternatives` returns once every run index is in. */
  result(): AlternativesComparison {
    const plan = this.#plan;
    const common = {
      scenarioId: plan.scenarioId,
      scenarioVersion: plan.scenarioVersion,
      seed: plan.seed,
      runs: plan.runs,
      firstRun: plan.firstRun,
    };
    const events = (table: number[][], ids: readonly string[], offset: number) =>
      ids.map((id, k) => describe(id, table[offset + k] as number[]));
    return {
      ...common,
      base: plan.base,
      arms: plan.arms.map((arm, i) => {
        const table = this.#cells[i] as number[][];
        return {
          name: arm.name,
          ...common,
          base: plan.base,
          alternative: arm.values,
          outcomes: events(table, plan.outcomeIds, 0),
          indicators: events(table, plan.indicatorIds, plan.outcomeIds.length),
          transitions: this.#transitions[i] as Record<string, Record<string, number>>,
        };
      }),
    };
  }
}

function tally(cell: number[], inAlternative: boolean, inBase: boolean): void {
  const position = inAlternative ? (inBase ? 0 : 1) : inBase ? 2 : 3;
  cell[position] = (cell[position] as number) + 1;
}

function describe(id: string, cell: number[]): ArmComparison {
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
}
