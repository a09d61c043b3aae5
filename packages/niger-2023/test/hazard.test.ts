import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hazardFromRate } from '../src/hazard.js';
import { clamp01, dailyHazard } from '../src/index.js';

describe('dailyHazard', () => {
  it('makes the event happen by its median day half the time at full pressure', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 3650 }), (median) => {
        const p = dailyHazard(median, 1);
        expect((1 - p) ** median).toBeCloseTo(0.5, 6);
      }),
    );
  });

  it('stays in [0, 1] and grows with pressure', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), (median, pressure) => {
        const p = dailyHazard(median, pressure);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(dailyHazard(median, pressure * 1.5 + 0.01)).toBeGreaterThanOrEqual(p);
      }),
    );
  });

  it('is zero without pressure and certain with a zero median', () => {
    expect(dailyHazard(30, 0)).toBe(0);
    expect(dailyHazard(0, 0.5)).toBe(1);
  });

  it('matches 1 - exp(-rate) closely in the range where it avoids the exponential', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (median, pressure) => {
        const rate = (Math.LN2 * pressure) / median;
        expect(Math.abs(dailyHazard(median, pressure) - (1 - Math.exp(-rate)))).toBeLessThan(1e-9);
      }),
    );
  });
});

describe('hazardFromRate', () => {
  it('never exceeds the rate, so a draw at or above the rate can skip it (junta rule)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (rate) => {
        expect(hazardFromRate(rate)).toBeLessThanOrEqual(rate);
      }),
    );
    for (const rate of [Number.MIN_VALUE, 1e-300, 0.01 - 2 ** -60, 0.01, 0.01 + 2 ** -60, 1, 40, Number.POSITIVE_INFINITY]) {
      expect(hazardFromRate(rate)).toBeLessThanOrEqual(rate);
    }
  });
});

describe('clamp01', () => {
  it('maps NaN to 0 and clamps both ends', () => {
    expect(clamp01(Number.NaN)).toBe(0);
    expect(clamp01(-2)).toBe(0);
    expect(clamp01(2)).toBe(1);
    expect(clamp01(0.3)).toBe(0.3);
  });
});
