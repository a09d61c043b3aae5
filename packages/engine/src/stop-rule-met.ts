import { largestHalfWidth } from './describe-summary.js';
import type { MonteCarloPlan } from './plan-monte-carlo.js';
import type { Summary } from './summary.js';

/**
 * Whether a batch with a stopping rule stops after `done` runs, given the summary of runs
 * `[0, done)`. Only multiples of `stop.every` of at least `stop.minRuns` are candidates,
 * so the answer never depends on how the runs were split among workers. False without a rule.
 */
export function stopRuleMet(plan: MonteCarloPlan, summary: Summary, done: number): boolean {
  const stop = plan.manifest.stop;
  if (stop === undefined) return false;
  if (done % stop.every !== 0 || done < stop.minRuns) return false;
  return largestHalfWidth(summary) < stop.ciHalfWidth;
}
