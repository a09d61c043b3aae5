import type { MonteCarloPlan, Shard } from '@crisis-sim/engine/internal';
import type { PlansCheckpoint } from './plans-checkpoint.js';
import { runPlanBlocks } from './run-plan-blocks.js';
import type { RunPlansOptions } from './run-plans.js';

/**
 * Runs one shard of {@link runPlans}' work: every `shard.count`-th block of the plans (block
 * `b`, counting plan by plan in run-index order, belongs to shard `b mod count + 1`), a
 * subset fixed by the plans and the shard alone. Returns the shard's counted blocks with the
 * plans' fingerprint, to be saved (as JSON) and joined with the other shards by
 * {@link mergePlanShards}, which gives what `runPlans` would. `checkpoint` works as there.
 */
export function runPlanShard(plans: readonly MonteCarloPlan[], shard: Shard, options: RunPlansOptions): Promise<PlansCheckpoint> {
  return runPlanBlocks(plans, options, shard);
}
