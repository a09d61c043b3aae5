import type { ArmComparison, ArmsComparison } from './compare-arms.js';
import { CrisisSimError } from './crisis-sim-error.js';
import { pairedDifferenceInterval } from './paired-difference-interval.js';
import { wilsonInterval } from './wilson-interval.js';

/**
 * Merges comparisons of consecutive run ranges of the same two arms (from
 * {@link compareArms}, or arms of {@link compareAlternatives}) into the comparison of the
 * whole range, exactly: the paired counts and transitions are added and the intervals
 * recomputed, so `[runs 0..k, runs k..n]` merges to the comparison of runs 0..n. Throws a
 * {@link CrisisSimError} when the parts differ in scenario, seed or arms, or their ranges
 * overlap or leave a gap.
 */
export function mergeArmsComparisons<T extends ArmsComparison>(parts: readonly T[]): T {
  const sorted = parts.slice().sort((a, b) => a.firstRun - b.firstRun);
  const first = sorted[0];
  if (first === undefined) {
    throw new CrisisSimError([{ code: 'invalid_option', path: ['parts'], message: 'nothing to merge: give at least one comparison' }]);
  }
  const identity = (part: ArmsComparison) =>
    JSON.stringify([
      part.scenarioId,
      part.scenarioVersion,
      part.seed,
      part.base,
      part.alternative,
      part.outcomes.map((row) => row.id),
      part.indicators.map((row) => row.id),
      'name' in part ? part.name : null,
    ]);
  let end = first.firstRun;
  sorted.forEach((part, i) => {
    if (identity(part) !== identity(first)) {
      throw new CrisisSimError([
        {
          code: 'incompatible',
          path: ['parts', i],
          message: 'cannot merge comparisons of different scenarios, seeds or arms',
          value: part.seed,
        },
      ]);
    }
    if (part.firstRun !== end) {
      throw new CrisisSimError([
        {
          code: part.firstRun < end ? 'overlapping_runs' : 'missing_runs',
          path: ['parts', i],
          message: `runs ${part.firstRun} to ${part.firstRun + part.runs - 1} ${part.firstRun < end ? 'overlap runs already counted' : `leave a gap after run ${end - 1}`}`,
          value: part.firstRun,
        },
      ]);
    }
    end = part.firstRun + part.runs;
  });
  const runs = end - first.firstRun;
  const merge = (rows: (part: ArmsComparison) => readonly ArmComparison[]) =>
    rows(first).map((row, k) => {
      let baseCount = 0;
      let alternativeCount = 0;
      let baseOnly = 0;
      let alternativeOnly = 0;
      for (const part of sorted) {
        const other = rows(part)[k] as ArmComparison;
        baseCount += other.base.count;
        alternativeCount += other.alternative.count;
        baseOnly += other.baseOnly;
        alternativeOnly += other.alternativeOnly;
      }
      const both = baseCount - baseOnly;
      const neither = runs - both - baseOnly - alternativeOnly;
      return {
        id: row.id,
        base: { count: baseCount, probability: baseCount / runs, interval: wilsonInterval(baseCount, runs) },
        alternative: { count: alternativeCount, probability: alternativeCount / runs, interval: wilsonInterval(alternativeCount, runs) },
        difference: pairedDifferenceInterval(both, alternativeOnly, baseOnly, neither),
        baseOnly,
        alternativeOnly,
      };
    });
  const transitions: Record<string, Record<string, number>> = {};
  for (const [from, row] of Object.entries(first.transitions)) {
    transitions[from] = Object.fromEntries(
      Object.keys(row).map((to) => [to, sorted.reduce((sum, part) => sum + (part.transitions[from]?.[to] ?? 0), 0)]),
    );
  }
  return {
    ...first,
    runs,
    outcomes: merge((part) => part.outcomes),
    indicators: merge((part) => part.indicators),
    transitions,
  };
}
