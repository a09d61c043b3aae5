/**
 * The x in [low, high] where an increasing `cdf` reaches `p`, by bisection. Bisection is slow
 * but cannot diverge, which matters more here: quantiles are computed when a scenario is
 * defined or described, never on the simulation's hot path. `high` is doubled until it
 * brackets `p`, so unbounded distributions need only a starting guess.
 */
export function invertCdf(cdf: (x: number) => number, p: number, low: number, high: number): number {
  let lo = low;
  let hi = high;
  for (let i = 0; i < 200 && cdf(hi) < p; i++) {
    lo = hi;
    hi *= 2;
  }
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (cdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
