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
 * A comparison tally's counts as plain data (what a worker sends for one block of run
 * indices, and what a checkpoint saves): per arm, `cells[arm][event]` is
 * `[both, alternativeOnly, baseOnly, neither]` for the outcomes then the indicators, and
 * `transitions[arm][from][to]` counts runs that ended in `from` under the base and `to`
 * under the arm. Counts only, so adding two is associative and commutative.
 */
export interface ComparisonCounts {
  readonly cells: readonly (readonly (readonly number[])[])[];
  readonly transitions: readonly Readonly<Record<string, Readonly<Record<string, number>>>>[];
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

  /** The counts so far, as plain data (a copy): see {@link ComparisonCounts}. */
  counts(): ComparisonCounts {
    return {
      cells: this.#cells.map((table) => table.map((cell) => [...cell])),
      transitions: this.#transitions.map((rows) => Object.fromEntries(Object.entries(rows).map(([from, row]) => [from, { ...row }]))),
    };
  }

  /**
   * Adds counts taken by another tally of the same plan (a block's, from a worker or a
   * checkpoint), in any order: the sums do not depend on it. Returns false, adding nothing,
   * when they do not fit the plan (another arm count, event or outcome, or a count that is
   * not a whole number >= 0), so that a damaged file is refused rather than summed.
   */
  merge(counts: ComparisonCounts): boolean {
    if (!this.#fits(counts)) return false;
    counts.cells.forEach((table, arm) => {
      const into = this.#cells[arm] as number[][];
      table.forEach((cell, k) => {
        const target = into[k] as number[];
        cell.forEach((count, position) => {
          target[position] = (target[position] as number) + count;
        });
      });
    });
    counts.transitions.forEach((rows, arm) => {
      const into = this.#transitions[arm] as Record<string, Record<string, number>>;
      for (const [from, row] of Object.entries(rows))
        for (const [to, count] of Object.entries(row)) {
          const target = into[from] as Record<string, number>;
          target[to] = (target[to] as number) + count;
        }
    });
    return true;
  }

  #fits(counts: ComparisonCounts): boolean {
    const { outcomeIds, indicatorIds, arms } = this.#plan;
    const count = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
    const sameKeys = (object: unknown, keys: readonly string[]) =>
      typeof object === 'object' &&
      object !== null &&
      Object.keys(object).length === keys.length &&
      keys.every((key) => Object.hasOwn(object, key));
    return (
      typeof counts === 'object' &&
      counts !== null &&
      Array.isArray(counts.cells) &&
      Array.isArray(counts.transitions) &&
      counts.cells.length === arms.length &&
      counts.transitions.length === arms.length &&
      counts.cells.every(
        (table) =>
          Array.isArray(table) &&
          table.length === outcomeIds.length + indicatorIds.length &&
          table.every((cell) => Array.isArray(cell) && cell.length === 4 && cell.every(count)),
      ) &&
      counts.transitions.every(
        (rows) =>
          sameKeys(rows, outcomeIds) &&
          outcomeIds.every((from) => sameKeys(rows[from], outcomeIds) && outcomeIds.every((to) => count(rows[from]?.[to]))),
      )
    );
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
