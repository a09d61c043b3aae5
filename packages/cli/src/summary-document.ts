import { describeSummary, type Summary } from '@crisis-sim/engine';
import { summaryJson } from '@crisis-sim/runner';

/**
 * The JSON output of `run` and `merge`: the summary (mergeable, integer counts only) plus a
 * `report` computed from it (probabilities, intervals, quantiles, cumulative probabilities).
 * A pure function of the summary, so equal summaries give byte-identical documents.
 */
export function summaryDocument(summary: Summary): string {
  return summaryJson(summary, { report: describeSummary(summary) });
}
