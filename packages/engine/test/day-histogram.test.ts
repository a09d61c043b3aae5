import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cumulativeByDay, dayQuantile } from '../src/day-histogram.js';

const histogram = (days: readonly number[]) => {
  const counts: number[] = [];
  for (const day of days) {
    while (counts.length <= day) counts.push(0);
    counts[day] = (counts[day] as number) + 1;
  }
  return counts;
};

describe('dayQuantile', () => {
  it('equals the inverse empirical distribution of the listed days', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(400), { minLength: 1, maxLength: 300 }), fc.double({ min: 0, max: 1, noNaN: true }), (days, q) => {
        const sorted = [...days].sort((a, b) => a - b);
        const expected = sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1];
        expect(dayQuantile(histogram(days), q)).toBe(expected);
      }),
    );
  });

  it('gives the lower median of an even count and null for no events', () => {
    expect(dayQuantile(histogram([1, 2, 7, 9]), 0.5)).toBe(2);
    expect(dayQuantile([], 0.5)).toBeNull();
    expect(() => dayQuantile([1], 1.5)).toThrow(RangeError);
  });
});

describe('cumulativeByDay', () => {
  it('rises to the share of runs with the event', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(60), { maxLength: 100 }), fc.nat(50), (days, without) => {
        const runs = days.length + without;
        fc.pre(runs > 0);
        const cumulative = cumulativeByDay(histogram(days), runs);
        for (let d = 1; d < cumulative.length; d++) expect(cumulative[d]).toBeGreaterThanOrEqual(cumulative[d - 1] as number);
        if (days.length > 0) expect(cumulative.at(-1)).toBeCloseTo(days.length / runs, 12);
      }),
    );
  });
});
