import { CrisisSimError } from './crisis-sim-error.js';
import type { ParameterValue } from './parameter.js';
import type { RunRange } from './run-range.js';
import type { scenarioFingerprint } from './scenario-fingerprint.js';

/** How parameter values are set in a batch: held at their values, or drawn per run from their priors. */
export type Uncertainty = 'none' | 'priors';

/**
 * The stopping rule of a batch: stop at the first multiple of `every` runs (at least
 * `minRuns`) where every outcome's 95% interval half-width is below `ciHalfWidth`, or at
 * `maxRuns`. Checking only at multiples of `every` makes the stopping point independent of
 * how many workers ran the batch.
 */
export interface StopRule {
  readonly ciHalfWidth: number;
  readonly maxRuns: number;
  readonly minRuns: number;
  readonly every: number;
}

/** Everything needed to reproduce a summary and to decide whether two summaries may be merged. */
export interface SummaryManifest {
  readonly scenarioId: string;
  readonly scenarioVersion: string;
  /** {@link scenarioFingerprint} of the scenario's definition and code: results of different code never merge. */
  readonly scenarioFingerprint: string;
  readonly engineVersion: string;
  /** The master seed, as text. */
  readonly seed: string;
  readonly uncertainty: Uncertainty;
  /** Values of every parameter; under `priors` the drawn keys hold their defaults here and vary per run. */
  readonly parameters: Readonly<Record<string, ParameterValue>>;
  /** Keys drawn per run from their priors (empty under `none`). */
  readonly drawnParameters: readonly string[];
  /** The hash (`hashParameters`) of `parameters` and `drawnParameters`. */
  readonly parametersHash: string;
  /**
   * Days simulated per run (the horizon at the held parameter values): each indicator's
   * cumulative curve in a report has one entry per day of it.
   */
  readonly horizonDays: number;
  /** Planned size of the whole batch: run indices `[0, runs)` (with a stopping rule, its `maxRuns`). */
  readonly runs: number;
  readonly stop?: StopRule;
  /** The run indices this summary counts, sorted and coalesced. */
  readonly ranges: readonly RunRange[];
}

/** Outcome-free record of one indicator across runs: an exact histogram of the day it first happened. */
export interface IndicatorTally {
  /** `days[d]`: runs in which it first happened on day d. No trailing zeros. */
  readonly days: number[];
  /** Runs in which it did not happen by the horizon. */
  never: number;
}

/**
 * The mergeable result of a batch of runs. Only integer counts are stored (probabilities,
 * intervals and quantiles are computed when read, see {@link describeSummary}), so merging
 * is exact and its result does not depend on the order of merging. Its size depends on the
 * scenario (outcomes, indicators, horizon), never on the number of runs.
 */
export interface Summary {
  readonly format: typeof SUMMARY_FORMAT;
  manifest: SummaryManifest;
  /** Number of runs counted. */
  runs: number;
  /** Runs ending in each outcome, in the scenario's outcome order. */
  readonly outcomes: Record<string, number>;
  /** Tallies of each indicator, in the scenario's indicator order. */
  readonly indicators: Record<string, IndicatorTally>;
}

/** Identifies the summary file format and its version. */
export const SUMMARY_FORMAT = 'crisis-sim-summary/1';

/** What one run contributes to a summary. */
export interface RunTally {
  readonly runIndex: number;
  readonly outcome: string;
  readonly indicators: Readonly<Record<string, number | null>>;
}

/** An empty summary for a manifest (its `ranges` are replaced by none) and a scenario's outcome and indicator ids. */
export function createSummary(manifest: SummaryManifest, outcomeIds: readonly string[], indicatorIds: readonly string[]): Summary {
  const outcomes: Record<string, number> = {};
  for (const id of outcomeIds) outcomes[id] = 0;
  const indicators: Record<string, IndicatorTally> = {};
  for (const id of indicatorIds) indicators[id] = { days: [], never: 0 };
  return { format: SUMMARY_FORMAT, manifest: { ...manifest, ranges: [] }, runs: 0, outcomes, indicators };
}

/**
 * Counts one run into `summary`, in place. Throws a {@link CrisisSimError} if the run is
 * already counted or its outcome or an indicator is not in the summary.
 */
export function addRunToSummary(summary: Summary, run: RunTally): void {
  const ranges = addIndex(summary.manifest.ranges, run.runIndex);
  countRun(summary, run);
  summary.manifest = { ...summary.manifest, ranges };
}

/**
 * Counts a run's outcome and indicators without recording its index: for drivers that count
 * a contiguous block and set `manifest.ranges` once at the end. Not part of the public API.
 */
export function countRun(summary: Summary, run: RunTally): void {
  const count = summary.outcomes[run.outcome];
  if (count === undefined) {
    throw new CrisisSimError([
      {
        code: 'invalid_outcome',
        path: ['outcome'],
        message: `run ${run.runIndex} ended in unknown outcome ${run.outcome}`,
        value: run.outcome,
      },
    ]);
  }
  summary.outcomes[run.outcome] = count + 1;
  for (const id in summary.indicators) {
    const tally = summary.indicators[id] as IndicatorTally;
    const day = run.indicators[id];
    if (day === null || day === undefined) {
      tally.never++;
      continue;
    }
    while (tally.days.length <= day) tally.days.push(0);
    tally.days[day] = (tally.days[day] as number) + 1;
  }
  summary.runs++;
}

function addIndex(ranges: readonly RunRange[], index: number): RunRange[] {
  const last = ranges[ranges.length - 1];
  // The common case, runs counted in order: extend the last range.
  if (last !== undefined && last[1] === index) return [...ranges.slice(0, -1), [last[0], index + 1]];
  const out: [number, number][] = ranges.map(([start, end]) => [start, end]);
  for (const range of out) {
    if (index >= range[0] && index < range[1]) {
      throw new CrisisSimError([
        { code: 'overlapping_runs', path: ['runIndex'], message: `run ${index} is already counted in this summary`, value: index },
      ]);
    }
  }
  out.push([index, index + 1]);
  out.sort((a, b) => a[0] - b[0]);
  const joined: [number, number][] = [];
  for (const range of out) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && previous[1] === range[0]) previous[1] = range[1];
    else joined.push(range);
  }
  return joined;
}
