/** A two-sided confidence interval for a proportion. */
export interface ProportionInterval {
  readonly low: number;
  readonly high: number;
}

/** The normal quantile for a two-sided 95% interval. */
const Z95 = 1.959963984540054;

/**
 * The Wilson score interval for `successes` out of `trials` (95% by default). Chosen over the
 * Wald interval because it stays inside [0, 1] and keeps its coverage near 0 and 1, where
 * rare crisis outcomes live. With no trials it is the uninformative [0, 1].
 */
export function wilsonInterval(successes: number, trials: number, z: number = Z95): ProportionInterval {
  if (trials <= 0) return { low: 0, high: 1 };
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  // The bounds are exact at the extremes; rounding must not push them past 0 or 1.
  return { low: successes === 0 ? 0 : Math.max(0, centre - half), high: successes === trials ? 1 : Math.min(1, centre + half) };
}
