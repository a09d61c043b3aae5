import { isCentred, priorMedian } from '@crisis-sim/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centredPrior } from '../src/centred-priors.js';

describe('centredPrior', () => {
  it('puts the median of a share on its default', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (value) => {
        expect(isCentred(priorMedian(centredPrior(value, 0, 1), 0, 1, value), value, false)).toBe(true);
      }),
    );
  });

  it('puts the median of a scale (days, troops, rates) on its default', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 5000, noNaN: true }), fc.double({ min: 1.01, max: 100, noNaN: true }), (value, spread) => {
        const [min, max] = [value / spread, value * spread];
        expect(isCentred(priorMedian(centredPrior(value, min, max), min, max, value), value, false)).toBe(true);
      }),
    );
  });

  it('holds a default that sits on the edge of its range', () => {
    expect(centredPrior(0, 0, 20000)).toEqual({ kind: 'fixed' });
    expect(centredPrior(1, 0, 1)).toEqual({ kind: 'fixed' });
  });
});
