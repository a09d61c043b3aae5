import type { SensitivityTarget } from './one-at-a-time-sensitivity.js';
import type { Summary } from './summary.js';

/**
 * The share of a summary's runs that ended in the target outcome, or in which the target
 * indicator happened by the horizon. 0 for an empty summary.
 */
export function targetProbability(summary: Summary, target: SensitivityTarget): number {
  if (summary.runs === 0) return 0;
  if ('outcome' in target) return (summary.outcomes[target.outcome] ?? 0) / summary.runs;
  const tally = summary.indicators[target.indicator];
  return tally === undefined ? 0 : (summary.runs - tally.never) / summary.runs;
}
