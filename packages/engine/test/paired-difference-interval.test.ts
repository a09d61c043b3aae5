import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../src/index.js';
import { pairedDifferenceInterval } from '../src/paired-difference-interval.js';

const count = fc.nat(200);

describe('pairedDifferenceInterval', () => {
  it('contains its estimate and stays within [-1, 1]', () => {
    fc.assert(
      fc.property(count, count, count, count, (both, alternativeOnly, baseOnly, neither) => {
        const { estimate, low, high } = pairedDifferenceInterval(both, alternativeOnly, baseOnly, neither);
        expect(low).toBeGreaterThanOrEqual(-1);
        expect(high).toBeLessThanOrEqual(1);
        expect(low).toBeLessThanOrEqual(estimate + 1e-12);
        expect(high).toBeGreaterThanOrEqual(estimate - 1e-12);
      }),
    );
  });

  it('is antisymmetric when the arms swap', () => {
    fc.assert(
      fc.property(count, count, count, count, (both, alternativeOnly, baseOnly, neither) => {
        fc.pre(both + alternativeOnly + baseOnly + neither > 0);
        const forward = pairedDifferenceInterval(both, alternativeOnly, baseOnly, neither);
        const backward = pairedDifferenceInterval(both, baseOnly, alternativeOnly, neither);
        expect(backward.estimate).toBeCloseTo(-forward.estimate, 12);
        expect(backward.low).toBeCloseTo(-forward.high, 12);
        expect(backward.high).toBeCloseTo(-forward.low, 12);
      }),
    );
  });

  it('covers the true difference about 95% of the time', () => {
    // Paired Bernoulli data with p(base) = 0.3 and p(alternative) = 0.4, strongly correlated.
    const rng = createRng(1998);
    const replicates = 2000;
    const n = 150;
    let covered = 0;
    for (let r = 0; r < replicates; r++) {
      const cells = [0, 0, 0, 0];
      for (let i = 0; i < n; i++) {
        const u = rng.next();
        const base = u < 0.3;
        const alternative = u < 0.4 || (base && rng.bernoulli(0.5));
        const position = alternative ? (base ? 0 : 1) : base ? 2 : 3;
        cells[position] = (cells[position] as number) + 1;
      }
      const [both, alternativeOnly, baseOnly, neither] = cells as [number, number, number, number];
      const { low, high } = pairedDifferenceInterval(both, alternativeOnly, baseOnly, neither);
      if (low <= 0.1 && 0.1 <= high) covered++;
    }
    expect(covered / replicates).toBeGreaterThan(0.93);
    expect(covered / replicates).toBeLessThan(0.975);
  });

  it('is uninformative with no pairs', () => {
    expect(pairedDifferenceInterval(0, 0, 0, 0)).toEqual({ estimate: 0, low: -1, high: 1 });
  });
});
