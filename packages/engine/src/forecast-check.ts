import type { ForecastCheck } from './score-forecast.js';

/**
 * Scores one probability forecast of "happened by day d" against what happened: the Brier
 * score, and the log loss with the probability kept half a run off 0 and 1, since a batch of
 * `runs` cannot tell a probability below 1 / (2 runs) from 0 and one impossible-looking miss
 * should not score infinity. The model's checks and the reference forecasts' (0.5, base rate)
 * go through it alike, so they are scored on the same terms.
 */
export function forecastCheck(day: number, forecast: number, happened: boolean, runs: number): ForecastCheck {
  const floor = 1 / (2 * runs);
  const p = Math.min(1 - floor, Math.max(floor, forecast));
  return { day, forecast, happened, brier: (forecast - (happened ? 1 : 0)) ** 2, logLoss: -Math.log(happened ? p : 1 - p) };
}
