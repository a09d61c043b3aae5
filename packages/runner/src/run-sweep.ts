import type { SweepOptions, SweepResult } from '@crisis-sim/engine';
import { sweepEnsembleOptions, sweepFromEnsemble } from '@crisis-sim/engine/internal';
import { runEnsemble } from './run-ensemble.js';
import type { RunPlansOptions } from './run-plans.js';

/**
 * `sweepParameter` of `@crisis-sim/engine` on this machine's worker threads: the sweep is
 * the one-parameter ensemble on common random numbers, whose (value, run range) blocks
 * spread over the pool (see {@link runEnsemble}). Same result as the engine's, for any
 * number of workers, with the checkpoint and shards of `runPlans`.
 */
export async function runSweep(options: Omit<SweepOptions, 'probe'>, how: RunPlansOptions): Promise<SweepResult> {
  return sweepFromEnsemble(options, await runEnsemble(sweepEnsembleOptions(how.scenario, options), how));
}
