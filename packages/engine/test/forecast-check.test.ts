import { describe, expect, it } from 'vitest';
import { forecastCheck } from '../src/forecast-check.js';

describe('forecastCheck', () => {
  it('scores the Brier score on the forecast as given and the log loss on it kept half a run off 0 and 1', () => {
    expect(forecastCheck(30, 0.8, true, 100)).toEqual({
      day: 30,
      forecast: 0.8,
      happened: true,
      brier: (0.8 - 1) ** 2,
      logLoss: -Math.log(0.8),
    });
    expect(forecastCheck(30, 0.8, false, 100).logLoss).toBeCloseTo(-Math.log(0.2), 12);
    // A forecast of 0 for what happened: Brier 1, log loss that of 1 / (2 runs), not infinity.
    const miss = forecastCheck(60, 0, true, 50);
    expect(miss.brier).toBe(1);
    expect(miss.logLoss).toBeCloseTo(Math.log(100), 12);
    expect(forecastCheck(60, 1, false, 50).logLoss).toBeCloseTo(Math.log(100), 12);
  });
});
