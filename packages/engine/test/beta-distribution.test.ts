import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { betaCdf, betaQuantile } from '../src/beta-distribution.js';

describe('betaCdf and betaQuantile', () => {
  it('match closed forms', () => {
    expect(betaCdf(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    // I_0.3(2, 5) = 1 - sum_{j<2} C(6, j) 0.3^j 0.7^(6-j) = 0.579825.
    expect(betaCdf(0.3, 2, 5)).toBeCloseTo(0.579825, 9);
    expect(betaQuantile(0.5, 4, 4)).toBeCloseTo(0.5, 9);
  });

  it('invert each other', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: 0.3, max: 200, noNaN: true }),
        fc.double({ min: 0.3, max: 200, noNaN: true }),
        (p, alpha, beta) => {
          expect(betaCdf(betaQuantile(p, alpha, beta), alpha, beta)).toBeCloseTo(p, 8);
        },
      ),
    );
  });

  it("puts the median where Kerman's formula (alpha - 1/3) / (alpha + beta - 2/3) does, within 4%", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 300, noNaN: true }), fc.double({ min: 1, max: 300, noNaN: true }), (alpha, beta) => {
        const median = betaQuantile(0.5, alpha, beta);
        expect(Math.abs(median - (alpha - 1 / 3) / (alpha + beta - 2 / 3)) / median).toBeLessThan(0.04);
      }),
    );
  });
});
