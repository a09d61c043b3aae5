import { blockEnd } from './block-end.js';
import { mergeSummaries } from './merge-summaries.js';
import { type MonteCarloOptions, planMonteCarlo } from './plan-monte-carlo.js';
import { resumePoint } from './resume-point.js';
import { runBatchRange } from './run-batch-range.js';
import type { AnyScenario } from './scenario.js';
import { stopRuleMet } from './stop-rule-met.js';
import { createSummary, type Summary } from './summary.js';

/**
 * Runs a Monte Carlo batch of a scenario on the calling thread and returns its summary.
 * Run i of a batch depends only on (scenario, parameters, master seed, i), so the summary is
 * the same whether the batch runs here, in worker threads (`@crisis-sim/runner`) or as
 * shards on many machines merged with {@link mergeSummaries}.
 *
 * Throws a {@link CrisisSimError} on bad options, and on a run that breaks an invariant.
 */
export function runMonteCarlo(scenario: AnyScenario, options: MonteCarloOptions): Summary {
  const plan = planMonteCarlo(scenario, options);
  let summary = options.resume ?? createSummary(plan.manifest, plan.outcomeIds, plan.indicatorIds);
  let next = options.resume === undefined ? plan.start : resumePoint(plan, options.resume);
  const total = plan.end - plan.start;
  while (next < plan.end && !stopRuleMet(plan, summary, next)) {
    const end = blockEnd(plan, next);
    summary = mergeSummaries([summary, runBatchRange(scenario, plan, next, end, options.onRecord, options.probe)]);
    next = end;
    options.onProgress?.({ done: next - plan.start, total });
  }
  return summary;
}
