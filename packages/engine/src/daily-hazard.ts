/**
 * The daily probability of an event whose waiting time, at full pressure, has a median of
 * `medianDays` days: `1 - 2^(-pressure / medianDays)`. A model states its hazards as "median
 * days until it happens" because a reviewer can compare that with precedents; the rule needs
 * the chance per simulated day. With `pressure` 1, the geometric waiting time of a daily
 * Bernoulli trial with this probability has median `medianDays` (exactly, for whole days):
 * the chance it has happened by day `medianDays` is one half. `pressure` (>= 0) scales the
 * underlying rate: at 0.5 the median doubles, at 0 the event never happens.
 *
 * `medianDays` of `Infinity` gives 0 (never). Throws a RangeError for a median that is not
 * a positive number or a pressure that is negative or not a number: a silent 0 or 1 would
 * hide a model bug.
 */
export function dailyHazardFromMedianDays(medianDays: number, pressure = 1): number {
  if (!(medianDays > 0)) throw new RangeError(`median days must be a positive number, got ${String(medianDays)}`);
  if (!(pressure >= 0)) throw new RangeError(`pressure must be a number >= 0, got ${String(pressure)}`);
  if (pressure === 0 || medianDays === Number.POSITIVE_INFINITY) return 0;
  // -expm1(-x) is 1 - e^-x without the cancellation that loses digits for small daily hazards.
  return Math.min(1, -Math.expm1((-Math.LN2 * pressure) / medianDays));
}

/**
 * The inverse of {@link dailyHazardFromMedianDays} at full pressure: the median waiting time,
 * in days, of an event with the given daily probability, `ln 2 / -ln(1 - hazard)`. A hazard
 * of 0 gives `Infinity`; throws a RangeError outside (0, 1) otherwise, as 1 has no median
 * in days (it happens on the first day).
 */
export function medianDaysFromDailyHazard(hazard: number): number {
  if (!(hazard >= 0 && hazard < 1)) throw new RangeError(`daily hazard must be a probability in [0, 1), got ${String(hazard)}`);
  if (hazard === 0) return Number.POSITIVE_INFINITY;
  return Math.LN2 / -Math.log1p(-hazard);
}
