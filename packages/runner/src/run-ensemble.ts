import { describeSummary, type EnsembleOptions, type EnsembleResult } from '@crisis-sim/engine';
import { planEnsemble } from '@crisis-sim/engine/internal';
import { type RunPlansOptions, runPlans } from './run-plans.js';

/**
 * `ensemble` of `@crisis-sim/engine` on this machine's worker threads: the design's
 * (point, run range) blocks spread over the pool (see {@link runPlans}). Same result as the
 * engine's `ensemble`, for any number of workers.
 */
export async function runEnsemble(options: EnsembleOptions, how: RunPlansOptions): Promise<EnsembleResult> {
  const plan = planEnsemble(how.scenario, options);
  const summaries = await runPlans(
    plan.points.map((point) => point.plan),
    how,
  );
  const points = plan.points.map((point, i) => {
    const summary = summaries[i] as NonNullable<(typeof summaries)[number]>;
    return { values: point.values, seed: point.seed, summary, report: describeSummary(summary) };
  });
  return { seed: plan.seed, runs: plan.runs, streams: plan.streams, keys: plan.keys, points };
}
