import { mergeSummaries, type Summary } from '@crisis-sim/engine';
import { missingRanges, type RunRange } from '@crisis-sim/engine/internal';
import { readSummaryFile } from './summary-file.js';

/** Result of {@link mergeSummaryFiles}. */
export interface MergedFiles {
  readonly summary: Summary;
  /** Run indices of the planned batch that no file covers (empty when the shards are complete). */
  readonly missing: readonly RunRange[];
}

/**
 * Reads summary files (shards) and merges them. Throws a `CrisisSimError` (from @crisis-sim/engine) naming the
 * file when one cannot be read or is not a summary, when files come from different batches
 * (scenario, versions, seed, parameters, uncertainty, size) and when runs overlap. Missing
 * runs are returned, not thrown: the caller decides whether a partial merge is acceptable.
 */
export async function mergeSummaryFiles(paths: readonly string[]): Promise<MergedFiles> {
  const summaries = await Promise.all(paths.map((path) => readSummaryFile(path)));
  const summary = mergeSummaries(summaries, { labels: paths });
  const { manifest } = summary;
  const last = manifest.ranges[manifest.ranges.length - 1];
  const planned = manifest.stop === undefined ? manifest.runs : (last?.[1] ?? 0);
  return { summary, missing: missingRanges(manifest.ranges, planned) };
}
