import { cumulativeByDay, dayQuantile } from './day-histogram.js';
import { missingRanges, type RunRange } from './run-range.js';
import type { Summary } from './summary.js';
import { type ProportionInterval, wilsonInterval } from './wilson-interval.js';

/** One outcome's share of the runs. */
export interface OutcomeEstimate {
  readonly id: string;
  readonly count: number;
  readonly probability: number;
  /** 95% Wilson interval. */
  readonly interval: ProportionInterval;
}

/** When and how often an indicator happened. */
export interface IndicatorEstimate {
  readonly id: string;
  /** Runs in which it happened by the horizon. */
  readonly count: number;
  /** Probability that it happens by the horizon. */
  readonly probability: number;
  /** 95% Wilson interval of `probability`. */
  readonly interval: ProportionInterval;
  /** Day quantiles among the runs in which it happened (null if it never did). */
  readonly firstDay: {
    readonly p10: number | null;
    readonly median: number | null;
    readonly p90: number | null;
  };
  /**
   * `cumulative[d]`: probability that it has happened by the end of day d, for every day d of
   * the horizon (`manifest.horizonDays` entries; more only if a run's drawn horizon was longer).
   */
  readonly cumulative: readonly number[];
}

/** What a summary says, computed from its counts: see {@link describeSummary}. */
export interface SummaryReport {
  readonly runs: number;
  /** Parts of the planned batch that this summary does not count (empty for a complete batch or one stopped by its rule). */
  readonly missing: readonly RunRange[];
  readonly outcomes: readonly OutcomeEstimate[];
  readonly indicators: readonly IndicatorEstimate[];
}

/**
 * Probabilities with 95% Wilson intervals, day quantiles and cumulative probabilities,
 * computed from a summary's integer counts. A pure function of the counts: summaries that
 * are deep-equal give deep-equal reports.
 */
export function describeSummary(summary: Summary): SummaryReport {
  const runs = summary.runs;
  const { manifest } = summary;
  // A batch that stopped by its rule is complete up to where it stopped.
  const last = manifest.ranges[manifest.ranges.length - 1];
  const planned = manifest.stop === undefined ? manifest.runs : (last?.[1] ?? 0);
  const outcomes = Object.entries(summary.outcomes).map(([id, count]) => ({
    id,
    count,
    probability: runs > 0 ? count / runs : 0,
    interval: wilsonInterval(count, runs),
  }));
  const indicators = Object.entries(summary.indicators).map(([id, tally]) => {
    const count = runs - tally.never;
    return {
      id,
      count,
      probability: runs > 0 ? count / runs : 0,
      interval: wilsonInterval(count, runs),
      firstDay: { p10: dayQuantile(tally.days, 0.1), median: dayQuantile(tally.days, 0.5), p90: dayQuantile(tally.days, 0.9) },
      // One entry per day of the horizon, whatever the last day the indicator happened on.
      cumulative: cumulativeByDay(tally.days, runs, Math.max(manifest.horizonDays, tally.days.length) - 1),
    };
  });
  return { runs, missing: missingRanges(manifest.ranges, planned), outcomes, indicators };
}

/** Largest 95% interval half-width among the outcomes: what a stopping rule compares with its target. */
export function largestHalfWidth(summary: Summary): number {
  let widest = 0;
  for (const count of Object.values(summary.outcomes)) {
    const { low, high } = wilsonInterval(count, summary.runs);
    widest = Math.max(widest, (high - low) / 2);
  }
  return widest;
}
