import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, dailyHazardFromMedianDays, medianDaysFromDailyHazard } from '../src/index.js';

const medians = fc.double({ min: 0.05, max: 1e5, noNaN: true });

describe('dailyHazardFromMedianDays', () => {
  it('gives a geometric waiting time whose median is the given whole number of days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (days) => {
        const hazard = dailyHazardFromMedianDays(days);
        // P(event by day n) = 1 - (1 - h)^n: one half at the median, less the day before.
        const byDay = (n: number) => -Math.expm1(n * Math.log1p(-hazard));
        expect(byDay(days)).toBeCloseTo(0.5, 9);
        expect(byDay(days - 1)).toBeLessThan(0.5);
      }),
    );
  });

  it('matches an empirical median of sampled waiting times', () => {
    const rng = createRng(2023);
    const hazard = dailyHazardFromMedianDays(30);
    const waits = Array.from({ length: 4001 }, () => {
      let day = 1;
      while (!rng.bernoulli(hazard)) day++;
      return day;
    }).sort((a, b) => a - b);
    // The sample median of 4,001 draws lies within a few days of 30 (sd about 1 day).
    expect(Math.abs((waits[2000] as number) - 30)).toBeLessThanOrEqual(4);
  });

  it('is 1 - 2^(-pressure / median), decreasing in the median and increasing in pressure', () => {
    fc.assert(
      fc.property(medians, medians, fc.double({ min: 0, max: 10, noNaN: true }), (a, b, pressure) => {
        expect(dailyHazardFromMedianDays(a, pressure)).toBeCloseTo(1 - 2 ** (-pressure / a), 12);
        const [short, long] = a <= b ? [a, b] : [b, a];
        expect(dailyHazardFromMedianDays(short)).toBeGreaterThanOrEqual(dailyHazardFromMedianDays(long));
        expect(dailyHazardFromMedianDays(a, pressure)).toBeLessThanOrEqual(dailyHazardFromMedianDays(a, pressure + 1));
      }),
    );
  });

  it('halves the rate when pressure halves: the median doubles', () => {
    expect(dailyHazardFromMedianDays(20, 0.5)).toBeCloseTo(dailyHazardFromMedianDays(40), 15);
    expect(dailyHazardFromMedianDays(20, 0)).toBe(0);
    expect(dailyHazardFromMedianDays(Number.POSITIVE_INFINITY)).toBe(0);
    expect(dailyHazardFromMedianDays(1)).toBe(0.5);
  });

  it('refuses a median or pressure that is not meaningful', () => {
    for (const bad of [0, -1, Number.NaN]) expect(() => dailyHazardFromMedianDays(bad)).toThrow(/median days must be a positive number/);
    for (const bad of [-0.1, Number.NaN]) expect(() => dailyHazardFromMedianDays(10, bad)).toThrow(/pressure must be a number >= 0/);
  });
});

describe('medianDaysFromDailyHazard', () => {
  it('inverts dailyHazardFromMedianDays', () => {
    fc.assert(
      fc.property(medians, (days) => {
        expect(medianDaysFromDailyHazard(dailyHazardFromMedianDays(days)) / days).toBeCloseTo(1, 9);
      }),
    );
  });

  it('gives infinity for a zero hazard and refuses one outside [0, 1)', () => {
    expect(medianDaysFromDailyHazard(0)).toBe(Number.POSITIVE_INFINITY);
    for (const bad of [1, 1.5, -0.1, Number.NaN]) expect(() => medianDaysFromDailyHazard(bad)).toThrow(/probability in \[0, 1\)/);
  });
});
