/**
 * Exact quantile of the days recorded in a histogram (`counts[d]` = how many times day d),
 * by the inverse of the empirical distribution: the smallest day by which at least a share
 * `q` of the recorded days have occurred. `q = 0.5` gives the median (the lower one for an
 * even count). Returns null for an empty histogram. Computed from integers only, so equal
 * histograms give equal quantiles however they were merged.
 */
export function dayQuantile(counts: readonly number[], q: number): number | null {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile must be within [0, 1], got ${q}`);
  let total = 0;
  for (const count of counts) total += count;
  if (total === 0) return null;
  const needed = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (let day = 0; day < counts.length; day++) {
    seen += counts[day] as number;
    if (seen >= needed) return day;
  }
  return counts.length - 1;
}

/**
 * `result[d]`: the share of `runs` in which the event had happened by the end of day d,
 * for d from 0 to `lastDay` (default: the histogram's last day).
 */
export function cumulativeByDay(counts: readonly number[], runs: number, lastDay: number = counts.length - 1): number[] {
  const out: number[] = [];
  let seen = 0;
  for (let day = 0; day <= lastDay; day++) {
    seen += counts[day] ?? 0;
    out.push(runs > 0 ? seen / runs : 0);
  }
  return out;
}
