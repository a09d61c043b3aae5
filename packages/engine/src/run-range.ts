/** A half-open range of run indices, `[start, end)`: `[0, 1000]` is runs 0 to 999. */
export type RunRange = readonly [start: number, end: number];

/**
 * Sorts ranges and joins touching ones, so that the same set of runs always has the same
 * representation (which keeps merged summaries deep-equal to single ones). Returns the
 * overlapping parts separately instead of hiding them.
 */
export function coalesceRanges(ranges: readonly RunRange[]): { readonly ranges: RunRange[]; readonly overlaps: RunRange[] } {
  const sorted = ranges.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  const overlaps: RunRange[] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && start <= last[1]) {
      if (start < last[1]) overlaps.push([start, Math.min(end, last[1])]);
      last[1] = Math.max(last[1], end);
    } else {
      out.push([start, end]);
    }
  }
  return { ranges: out, overlaps };
}

/** The parts of `[0, total)` that `ranges` (coalesced) do not cover. */
export function missingRanges(ranges: readonly RunRange[], total: number): RunRange[] {
  const gaps: RunRange[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (start > cursor) gaps.push([cursor, Math.min(start, total)]);
    cursor = Math.max(cursor, end);
  }
  if (cursor < total) gaps.push([cursor, total]);
  return gaps.filter(([start, end]) => end > start);
}

/** Number of runs in a list of disjoint ranges. */
export function countRuns(ranges: readonly RunRange[]): number {
  let total = 0;
  for (const [start, end] of ranges) total += end - start;
  return total;
}

/** `runs 0-999`: how ranges read in messages (inclusive, as people count). */
export function formatRanges(ranges: readonly RunRange[]): string {
  return ranges.map(([start, end]) => (end - start === 1 ? `run ${start}` : `runs ${start}-${end - 1}`)).join(', ');
}
