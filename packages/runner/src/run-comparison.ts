import {
  type AlternativesComparison,
  type ArmsComparison,
  type CompareAlternativesOptions,
  type CompareArmsOptions,
  CrisisSimError,
} from '@crisis-sim/engine';
import {
  armsComparisonOf,
  type ComparisonPlan,
  ComparisonTally,
  planComparison,
  planTwoArmComparison,
  type Shard,
} from '@crisis-sim/engine/internal';
import type { PlansCheckpoint } from './plans-checkpoint.js';
import { runPlanBlocks } from './run-plan-blocks.js';
import type { RunPlansOptions } from './run-plans.js';

/**
 * `compareArms` of `@crisis-sim/engine` on this machine's worker threads: blocks of run
 * indices spread over the pool, each running both arms on its runs (same seed, same run
 * indices) and pairing them where it ran, so that only counts come back: memory and
 * checkpoints do not grow with the runs. Same result as the engine's, for any number of
 * workers, with the checkpoint of `runPlans` (and shards: {@link runComparisonShard}).
 * When runs fail, the error is that of the first failing block in run-index order (within
 * it, the base's runs before each arm's).
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
 * One shard of a planned comparison's blocks (every `shard.count`-th run range of the base,
 * each with every arm, paired), as `runPlanShard` gives a batch's: saved and joined with the
 * others by `mergePlanShards`, then resumed as a checkpoint by {@link runComparison} or
 * {@link runAlternatives}, it gives their result. `how.onRecords` is not used.
 */
export function runComparisonShard(plan: ComparisonPlan, shard: Shard, how: RunPlansOptions): Promise<PlansCheckpoint> {
  return runPlanBlocks(plan.plans, withoutRecords(how), shard, plan);
}

/**
 * Runs a planned comparison in paired blocks and adds up the blocks' counts. Sums of counts
 * do not depend on the order they are added in; block order is kept all the same.
 */
async function runComparisonPlan(plan: ComparisonPlan, how: RunPlansOptions): Promise<AlternativesComparison> {
  const { parts } = await runPlanBlocks(plan.plans, withoutRecords(how), undefined, plan);
  const tally = new ComparisonTally(plan);
  for (const part of parts) {
    const runs = part.end - part.start;
    // merge checks the counts' shape first; then every event of every arm must count each of the block's runs once.
    const whole = () => part.pairs?.cells.every((table) => table.every((cell) => cell.reduce((sum, count) => sum + count, 0) === runs));
    if (part.pairs === undefined || !tally.merge(part.pairs) || whole() !== true)
      throw new CrisisSimError([
        {
          code: 'incompatible',
          path: ['checkpoint'],
          message: `${how.checkpoint ?? 'a block'} has damaged paired counts (runs ${part.start}-${part.end - 1}); delete it to start over`,
          value: how.checkpoint,
        },
      ]);
  }
  return tally.result();
}

function withoutRecords(how: RunPlansOptions): RunPlansOptions {
  const { onRecords: _, ...rest } = how;
  return rest;
}
