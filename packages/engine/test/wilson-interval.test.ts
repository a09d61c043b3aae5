import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../src/wilson-interval.js';

describe('wilsonInterval', () => {
  it('matches published values', () => {
    // Newcombe (1998), Table I: 81/263 -> 0.2553 to 0.3662; 0/10 -> 0 to 0.2775.
    const a = wilsonInterval(81, 263);
    expect(a.low).toBeCloseTo(0.2553, 4);
    expect(a.high).toBeCloseTo(0.3662, 4);
    const b = wilsonInterval(0, 10);
    expect(b.low).toBe(0);
    expect(b.high).toBeCloseTo(0.2775, 4);
  });

  it('contains the estimate, stays in [0, 1] and narrows with more trials', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (trials, share) => {
        const successes = Math.round(share * trials);
        const { low, high } = wilsonInterval(successes, trials);
        const p = successes / trials;
        expect(low).toBeGreaterThanOrEqual(0);
        expect(high).toBeLessThanOrEqual(1);
        expect(low).toBeLessThanOrEqual(p + 1e-12);
        expect(high).toBeGreaterThanOrEqual(p - 1e-12);
        const wider = wilsonInterval(successes * 4, trials * 4);
        expect(wider.high - wider.low).toBeLessThan(high - low + 1e-12);
      }),
    );
  });

  it('is uninformative without trials', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });
});
