import type { AnyScenario, RunRecord, Summary } from '@crisis-sim/engine';
import {
  type ComparisonCounts,
  type ComparisonPlan,
  ComparisonTally,
  type MonteCarloPlan,
  runBatchRange,
} from '@crisis-sim/engine/internal';

/** One block of a comparison, counted: the base's summary of the block and the block's pairs. */
export interface PairedBlock {
  readonly summary: Summary;
  readonly pairs: ComparisonCounts;
}

/**
 * Runs the base and every arm of a comparison on the run indices `[start, end)` (each the
 * plain batch of its values, as `runBatchRange` runs it anywhere) and pairs them here, run
 * index by run index: only the block's base records are held, never the whole comparison's,
 * so a worker sends back counts, whatever the number of runs.
 */
export function pairBlock(
  scenario: AnyScenario,
  comparison: ComparisonPlan,
  start: number,
  end: number,
  probe?: Float64Array,
): PairedBlock {
  const [basePlan, ...armPlans] = comparison.plans as [MonteCarloPlan, ...MonteCarloPlan[]];
  const base: RunRecord[] = [];
  const summary = runBatchRange(scenario, basePlan, start, end, (record) => base.push(record), probe);
  const tally = new ComparisonTally(comparison);
  armPlans.forEach((plan, arm) => {
    let k = 0;
    // Records come in run-index order, so the k-th of the arm is the k-th of the base.
    runBatchRange(scenario, plan, start, end, (record) => tally.add(arm, base[k++] as RunRecord, record), probe);
  });
  return { summary, pairs: tally.counts() };
}
