import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gammaCdf, gammaQuantile } from '../src/gamma-distribution.js';

describe('gammaCdf and gammaQuantile', () => {
  it('reduce to the exponential distribution at shape 1', () => {
    expect(gammaCdf(10, 1, 0.05)).toBeCloseTo(1 - Math.exp(-0.5), 12);
    expect(gammaQuantile(0.5, 1, 0.02)).toBeCloseTo(Math.LN2 / 0.02, 6);
  });

  it('invert each other', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: 0.2, max: 300, noNaN: true }),
        fc.double({ min: 1e-4, max: 10, noNaN: true }),
        (p, shape, rate) => {
          expect(gammaCdf(gammaQuantile(p, shape, rate), shape, rate)).toBeCloseTo(p, 9);
        },
      ),
    );
  });

  it('puts the median where the Chen-Rubin formula (shape - 1/3 + 8 / (405 shape)) / rate does, within 1%', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 500, noNaN: true }), fc.double({ min: 1e-4, max: 10, noNaN: true }), (shape, rate) => {
        const median = gammaQuantile(0.5, shape, rate);
        const formula = (shape - 1 / 3 + 8 / (405 * shape)) / rate;
        expect(Math.abs(median - formula) / median).toBeLessThan(0.01);
      }),
    );
  });
});
