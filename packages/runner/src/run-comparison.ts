import type { AlternativesComparison, ArmsComparison, CompareAlternativesOptions, CompareArmsOptions, RunRecord } from '@crisis-sim/engine';
import { armsComparisonOf, type ComparisonPlan, ComparisonTally, planComparison, planTwoArmComparison } from '@crisis-sim/engine/internal';
import { type RunPlansOptions, runPlans } from './run-plans.js';

/**
 * `compareArms` of `@crisis-sim/engine` on this machine's worker threads: the two arms'
 * batches (same seed, same run indices) run in blocks over the pool (see {@link runPlans}),
 * their run records come back and are paired run index by run index here. Same result as
 * the engine's, for any number of workers, with the checkpoint and shards of `runPlans`.
 */
export async function runComparison(options: Omit<CompareArmsOptions, 'probe'>, how: RunPlansOptions): Promise<ArmsComparison> {
  return armsComparisonOf(await runComparisonPlan(planTwoArmComparison(how.scenario, options), how));
}

/** `compareAlternatives` of `@crisis-sim/engine` (several arms against one base) on this machine's worker threads: see {@link runComparison}. */
export async function runAlternatives(
  options: Omit<CompareAlternativesOptions, 'probe'>,
  how: RunPlansOptions,
): Promise<AlternativesComparison> {
  return runComparisonPlan(planComparison(how.scenario, options), how);
}

/**
 * Runs a planned comparison's batches with {@link runPlans} and pairs each arm's records
 * with the base's: records come in run-index order per batch, and every batch covers the
 * same run indices, so the k-th record of each is the same run index.
 */
async function runComparisonPlan(plan: ComparisonPlan, how: RunPlansOptions): Promise<AlternativesComparison> {
  const records: RunRecord[][] = plan.plans.map(() => []);
  await runPlans(plan.plans, {
    ...how,
    onRecords: (index, block) => {
      const into = records[index] as RunRecord[];
      for (const record of block) into.push(record);
    },
  });
  const tally = new ComparisonTally(plan);
  const [base, ...arms] = records as [RunRecord[], ...RunRecord[][]];
  arms.forEach((arm, i) => {
    base.forEach((run, k) => {
      tally.add(i, run, arm[k] as RunRecord);
    });
  });
  return tally.result();
}
