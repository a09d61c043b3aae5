import { blockEnd } from './block-end.js';
import { describeSummary, type SummaryReport } from './describe-summary.js';
import { mergeSummaries } from './merge-summaries.js';
import type { ParameterValue } from './parameter.js';
import { type EnsembleOptions, type EnsemblePointPlan, type EnsembleStreams, planEnsemble } from './plan-ensemble.js';
import type { MonteCarloProgress } from './plan-monte-carlo.js';
import { runBatchRange } from './run-batch-range.js';
import type { AnyScenario } from './scenario.js';
import { createSummary, type Summary } from './summary.js';

/** One design point of an ensemble: its values, seed, summary and report (probabilities with 95% intervals). */
export interface EnsemblePoint {
  readonly values: Readonly<Record<string, ParameterValue>>;
  readonly seed: string;
  readonly summary: Summary;
  readonly report: SummaryReport;
}

/** Result of {@link ensemble}. */
export interface EnsembleResult {
  readonly seed: string;
  readonly runs: number;
  readonly streams: EnsembleStreams;
  readonly keys: readonly string[];
  readonly points: readonly EnsemblePoint[];
}

/**
 * Runs a batch of `runs` at every point of a design and returns one summary per point,
 * with its report. Each point is the Monte Carlo batch {@link planEnsemble} plans, run in
 * blocks with {@link runBatchRange}: its summary equals `runMonteCarlo` with the point's
 * seed and values, and does not depend on the other points or on its position.
 */
export function ensemble(
  scenario: AnyScenario,
  options: EnsembleOptions & {
    readonly onProgress?: (progress: MonteCarloProgress) => void;
    /** Receives each run's position as it goes (see `RunScenarioOptions.probe`). */
    readonly probe?: Float64Array;
  },
): EnsembleResult {
  const plan = planEnsemble(scenario, options);
  const total = plan.points.length * plan.runs;
  let done = 0;
  const points = plan.points.map((point) => {
    const summary = runEnsemblePoint(
      scenario,
      point,
      (runs) => {
        done += runs;
        options.onProgress?.({ done, total });
      },
      options.probe,
    );
    return { values: point.values, seed: point.seed, summary, report: describeSummary(summary) };
  });
  return { seed: plan.seed, runs: plan.runs, streams: plan.streams, keys: plan.keys, points };
}

/**
 * Runs one planned design point on the calling thread, block by block, and returns its
 * summary. A runner does the same with the blocks spread over workers.
 */
export function runEnsemblePoint(
  scenario: AnyScenario,
  point: EnsemblePointPlan,
  onBlock?: (runs: number) => void,
  probe?: Float64Array,
): Summary {
  const { plan } = point;
  let summary = createSummary(plan.manifest, plan.outcomeIds, plan.indicatorIds);
  for (let start = plan.start; start < plan.end; ) {
    const end = blockEnd(plan, start);
    summary = mergeSummaries([summary, runBatchRange(scenario, plan, start, end, undefined, probe)]);
    onBlock?.(end - start);
    start = end;
  }
  return summary;
}
