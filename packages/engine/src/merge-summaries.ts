import { CrisisSimError } from './crisis-sim-error.js';
import { hashParameters } from './hash-parameters.js';
import { coalesceRanges, formatRanges, type RunRange } from './run-range.js';
import type { IndicatorTally, Summary, SummaryManifest } from './summary.js';

/** Options of {@link mergeSummaries}. */
export interface MergeOptions {
  /** Names of the inputs (file names) for error messages; default `summary 1`, `summary 2`, ... */
  readonly labels?: readonly string[];
}

/**
 * Merges summaries of disjoint run ranges of the same batch into one, exactly: counts and
 * histograms are added, ranges joined. Merging is associative and commutative, and
 * `mergeSummaries([summary of runs 0..k, summary of runs k..n])` deep-equals the summary of
 * runs 0..n. Throws a {@link CrisisSimError} (`incompatible`) naming the first field that
 * differs when the inputs come from different scenarios, versions, seeds, parameters,
 * uncertainty modes or batch sizes, and (`overlapping_runs`) when a run is counted twice.
 */
export function mergeSummaries(summaries: readonly Summary[], options: MergeOptions = {}): Summary {
  const [first] = summaries;
  if (first === undefined) {
    throw new CrisisSimError([{ code: 'invalid_option', path: ['summaries'], message: 'nothing to merge: give at least one summary' }]);
  }
  const label = (i: number) => options.labels?.[i] ?? `summary ${i + 1}`;
  summaries.forEach((summary, i) => {
    const { parameters, drawnParameters, parametersHash } = summary.manifest;
    // Re-hashed, not trusted: parameters edited under an unchanged hash must not merge.
    const actual = hashParameters(parameters, drawnParameters);
    if (actual !== parametersHash) {
      throw new CrisisSimError([
        {
          code: 'incompatible',
          path: ['summaries', i, 'manifest', 'parametersHash'],
          message: `cannot merge ${label(i)}: its parameters hash to ${actual}, not to its parametersHash ${parametersHash}; was it edited?`,
          value: parametersHash,
        },
      ]);
    }
  });
  const reference = compatibilityFields(first);
  summaries.forEach((summary, i) => {
    if (i === 0) return;
    const fields = compatibilityFields(summary);
    for (const [field, value] of Object.entries(fields)) {
      const expected = reference[field];
      if (value !== expected) {
        throw new CrisisSimError([
          {
            code: 'incompatible',
            path: ['summaries', i, field],
            message:
              field === 'scenario code'
                ? `cannot merge ${label(i)} with ${label(0)}: they were made by different code of scenario ${fields.scenario} ${fields['scenario version']} (fingerprint ${value} vs ${expected}); rerun the shards with the same code`
                : `cannot merge ${label(i)} with ${label(0)}: ${field} differs (${value} vs ${expected}); merge only shards of the same command`,
            value,
          },
        ]);
      }
    }
  });

  const allRanges: RunRange[] = summaries.flatMap((summary) => summary.manifest.ranges);
  const { ranges, overlaps } = coalesceRanges(allRanges);
  if (overlaps.length > 0) {
    const owners = summaries.flatMap((summary, i) =>
      summary.manifest.ranges.some(([start, end]) => overlaps.some(([s, e]) => start < e && s < end)) ? [label(i)] : [],
    );
    throw new CrisisSimError([
      {
        code: 'overlapping_runs',
        path: ['summaries'],
        message: `cannot merge: ${formatRanges(overlaps)} counted more than once (in ${owners.join(', ')}); merge each shard once`,
        value: overlaps,
      },
    ]);
  }

  const outcomes: Record<string, number> = {};
  for (const id of Object.keys(first.outcomes)) {
    outcomes[id] = summaries.reduce((sum, summary) => sum + (summary.outcomes[id] ?? 0), 0);
  }
  const indicators: Record<string, IndicatorTally> = {};
  for (const id of Object.keys(first.indicators)) {
    const days: number[] = [];
    let never = 0;
    for (const summary of summaries) {
      const tally = summary.indicators[id];
      if (tally === undefined) continue;
      never += tally.never;
      tally.days.forEach((count, day) => {
        days[day] = (days[day] ?? 0) + count;
      });
    }
    indicators[id] = { days: Array.from(days, (count) => count ?? 0), never };
  }
  const manifest: SummaryManifest = { ...first.manifest, ranges };
  return {
    format: first.format,
    manifest,
    runs: summaries.reduce((sum, summary) => sum + summary.runs, 0),
    outcomes,
    indicators,
  };
}

/** The manifest fields that must agree for two summaries to be parts of one batch. */
export function compatibilityFields(summary: Summary): Record<string, string | number> {
  const m = summary.manifest;
  return {
    format: summary.format,
    scenario: m.scenarioId,
    'scenario version': m.scenarioVersion,
    'scenario code': m.scenarioFingerprint,
    'engine version': m.engineVersion,
    seed: m.seed,
    uncertainty: m.uncertainty,
    'parameters hash': m.parametersHash,
    'horizon days': m.horizonDays,
    'planned runs': m.runs,
    'stopping rule': m.stop === undefined ? 'none' : JSON.stringify(m.stop),
    outcomes: Object.keys(summary.outcomes).join(','),
    indicators: Object.keys(summary.indicators).join(','),
  };
}
