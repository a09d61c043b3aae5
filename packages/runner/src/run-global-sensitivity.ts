import type { GlobalSensitivityOptions, GlobalSensitivityResult } from '@crisis-sim/engine';
import { globalSensitivityFromSummaries, planGlobalSensitivity } from '@crisis-sim/engine/internal';
import { type RunPlansOptions, runPlans } from './run-plans.js';

/**
 * `globalSensitivity` of `@crisis-sim/engine` (Morris or Sobol) on this machine's worker
 * threads: the design points' batches spread over the pool (see {@link runPlans}). Same
 * result as the engine's, for any number of workers.
 */
export async function runGlobalSensitivity(options: GlobalSensitivityOptions, how: RunPlansOptions): Promise<GlobalSensitivityResult> {
  const plan = planGlobalSensitivity(how.scenario, options);
  const summaries = await runPlans(
    plan.ensemble.points.map((point) => point.plan),
    how,
  );
  return globalSensitivityFromSummaries(plan, summaries);
}
