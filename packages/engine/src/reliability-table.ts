/** One bin of a reliability table. */
export interface ReliabilityBin {
  /** Forecast probabilities in [low, high) (the last bin includes 1). */
  readonly low: number;
  readonly high: number;
  /** Forecasts in the bin. */
  readonly count: number;
  /** Their mean forecast probability (null for an empty bin). */
  readonly meanForecast: number | null;
  /** The share of them that happened (null for an empty bin): near meanForecast when calibrated. */
  readonly observedRate: number | null;
}

/**
 * A reliability (calibration) table: forecasts grouped into `bins` equal-width bins of
 * probability, each with its mean forecast and how often the event happened. With few
 * forecasts per bin the observed rates are noisy: read the counts.
 */
export function reliabilityTable(forecasts: readonly number[], happened: readonly boolean[], bins = 10): ReliabilityBin[] {
  if (forecasts.length !== happened.length) throw new RangeError('reliabilityTable needs one outcome per forecast');
  if (!(Number.isSafeInteger(bins) && bins >= 1)) throw new RangeError(`bins must be a whole number >= 1, got ${bins}`);
  const sums = Array.from({ length: bins }, () => ({ count: 0, forecast: 0, hits: 0 }));
  forecasts.forEach((p, i) => {
    const bin = sums[Math.min(bins - 1, Math.max(0, Math.floor(p * bins)))] as { count: number; forecast: number; hits: number };
    bin.count++;
    bin.forecast += p;
    if (happened[i]) bin.hits++;
  });
  return sums.map((bin, b) => ({
    low: b / bins,
    high: (b + 1) / bins,
    count: bin.count,
    meanForecast: bin.count === 0 ? null : bin.forecast / bin.count,
    observedRate: bin.count === 0 ? null : bin.hits / bin.count,
  }));
}
