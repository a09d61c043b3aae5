import { dailyHazardFromMedianDays } from '@crisis-sim/engine';

/** Clamps a number to [0, 1]; NaN becomes 0 so that a bad input can never become a certainty. */
export function clamp01(value: number): number {
  // biome-ignore lint/complexity/useMathMinMax: Math.min and Math.max pass NaN through; these comparisons map it to 0.
  return value > 0 ? (value < 1 ? value : 1) : 0;
}

/**
 * Daily probability of an event whose waiting time, at full pressure, has the given median in
 * days, scaled by `pressure` (>= 0): the engine's {@link dailyHazardFromMedianDays}, with this
 * model's conventions at the edges (no pressure: never; a median of 0 days or less: today).
 * Written this way so that every hazard parameter reads as "median days until it happens",
 * which a reviewer can compare with precedents.
 */
export function dailyHazard(medianDays: number, pressure: number): number {
  if (!(pressure > 0)) return 0;
  if (!(medianDays > 0)) return 1;
  return dailyHazardFromMedianDays(medianDays, pressure);
}

/**
 * Daily probability for an event with the given daily rate (ln 2 / median days x pressure).
 * Daily hazards are small: below a rate of 0.01 a cubic Taylor term of 1 - e^-x is exact to
 * 1e-9 and saves an exponential on the hot path, where a dozen hazards are evaluated each day.
 * The result never exceeds `rate`, rounding included: the junta's rule relies on that to settle
 * most quiet days by comparing its draw with the rate alone.
 */
export function hazardFromRate(rate: number): number {
  if (!(rate > 0)) return 0;
  if (rate < 0.01) return rate * (1 - rate * (0.5 - rate / 6));
  return clamp01(1 - Math.exp(-rate));
}

/** The daily rate of an event whose waiting time has the given median in days (infinite at 0). */
export function rateFromMedian(medianDays: number): number {
  return medianDays > 0 ? Math.LN2 / medianDays : Number.POSITIVE_INFINITY;
}
