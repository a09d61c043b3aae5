import { CrisisSimError } from './crisis-sim-error.js';
import { compatibilityFields } from './merge-summaries.js';
import type { MonteCarloPlan } from './plan-monte-carlo.js';
import { formatRanges } from './run-range.js';
import { createSummary, type Summary } from './summary.js';

/**
 * Where a batch continues from a checkpoint: the checkpoint must be a summary of the same
 * batch (same scenario, versions, seed, parameters, uncertainty, size) covering exactly
 * `[plan.start, next)`. Returns `next`. Throws a {@link CrisisSimError} (`incompatible`)
 * naming what differs otherwise.
 */
export function resumePoint(plan: MonteCarloPlan, checkpoint: Summary): number {
  const expected = compatibilityFields(createSummary(plan.manifest, plan.outcomeIds, plan.indicatorIds));
  const found = compatibilityFields(checkpoint);
  for (const [field, value] of Object.entries(expected)) {
    if (found[field] !== value) {
      throw new CrisisSimError([
        {
          code: 'incompatible',
          path: ['resume', field],
          message:
            field === 'scenario code'
              ? `checkpoint was made by different code of scenario ${expected.scenario} ${expected['scenario version']} (fingerprint ${found[field]}, this code has ${value}); delete it to start over with this code`
              : `checkpoint is from a different batch: ${field} is ${found[field]}, this command has ${value}; delete it or use another checkpoint file`,
          value: found[field],
        },
      ]);
    }
  }
  const { ranges } = checkpoint.manifest;
  if (ranges.length === 0) return plan.start;
  const [only] = ranges;
  if (ranges.length !== 1 || only === undefined || only[0] !== plan.start || only[1] > plan.end) {
    throw new CrisisSimError([
      {
        code: 'incompatible',
        path: ['resume', 'ranges'],
        message: `checkpoint covers ${formatRanges(ranges)}, not a first part of runs ${plan.start}-${plan.end - 1}; delete it or use another checkpoint file`,
        value: ranges,
      },
    ]);
  }
  return only[1];
}
