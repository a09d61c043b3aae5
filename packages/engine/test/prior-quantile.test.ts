import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, type Prior, priorMedian, samplePrior } from '../src/index.js';
import { priorQuantile } from '../src/prior-quantile.js';

const priors: [Prior, number, number][] = [
  [{ kind: 'uniform', min: 2, max: 6 }, 0, 10],
  [{ kind: 'triangular', min: 0, mode: 0.2, max: 1 }, 0, 1],
  [{ kind: 'beta', alpha: 2, beta: 5 }, 0, 0.5],
  [{ kind: 'truncatedNormal', mean: 0.1, sd: 0.2 }, 0, 1],
  [{ kind: 'gamma', shape: 3, rate: 400 }, 0, 1],
  [{ kind: 'gammaMedianDays', shape: 3, rate: 400 }, 1, 2000],
  [{ kind: 'gammaMedianDays', shape: 0.7, rate: 50 }, 1, 365],
  [{ kind: 'logNormal', median: 30, sigma: 0.8 }, 1, 100],
];

describe('priorQuantile', () => {
  it('agrees with the empirical quantiles of samplePrior', () => {
    for (const [prior, min, max] of priors) {
      const rng = createRng(7);
      const draws = Array.from({ length: 20_000 }, () => samplePrior(prior, rng, min, max, 0)).sort((a, b) => a - b);
      for (const p of [0.05, 0.5, 0.95]) {
        const empirical = draws[Math.floor(p * draws.length)] as number;
        // 20,000 draws put an empirical quantile within a few percent of the spread of the truth.
        const spread = priorQuantile(prior, min, max, 0.95, 0) - priorQuantile(prior, min, max, 0.05, 0) || 1;
        expect(Math.abs(empirical - priorQuantile(prior, min, max, p, 0)) / spread, `${prior.kind} q${p}`).toBeLessThan(0.04);
      }
    }
  });

  it('is the point fallback for a fixed prior', () => {
    expect(priorMedian({ kind: 'fixed' }, 0, 1, 0.3)).toBe(0.3);
  });

  it('gives a symmetric triangular its mode as the median', () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: 0.01, max: 50, noNaN: true }), (mode, half) => {
        expect(priorMedian({ kind: 'triangular', min: mode - half, mode, max: mode + half }, -200, 200, 0)).toBeCloseTo(mode, 9);
      }),
    );
  });

  it('keeps a clamped prior within its range', () => {
    expect(priorQuantile({ kind: 'gammaMedianDays', shape: 0.5, rate: 10 }, 1, 365, 0.99, 0)).toBe(365);
    expect(priorQuantile({ kind: 'logNormal', median: 5, sigma: 3 }, 1, 100, 0.01, 0)).toBe(1);
  });
});
