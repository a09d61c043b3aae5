import { describe, expect, it } from 'vitest';
import { createRng, morrisDesign, morrisIndices } from '../src/index.js';

describe('morrisIndices', () => {
  it('gives a linear model mu = mu* = its coefficient and sigma = 0', () => {
    const weights = [2, -1, 0, 0.5];
    const design = morrisDesign({ dimensions: 4, trajectories: 8, rng: createRng(9) });
    const rows = morrisIndices(
      design,
      design.points.map((x) => weights.reduce((sum, w, i) => sum + w * (x[i] as number), 0)),
    );
    rows.forEach((row, i) => {
      expect(row.mu).toBeCloseTo(weights[i] as number, 10);
      expect(row.muStar).toBeCloseTo(Math.abs(weights[i] as number), 10);
      expect(row.sigma).toBeCloseTo(0, 10);
    });
  });

  it('shows an interaction as sigma and ranks an inert factor last', () => {
    const design = morrisDesign({ dimensions: 3, trajectories: 30, rng: createRng(2) });
    const rows = morrisIndices(
      design,
      design.points.map((x) => (x[0] as number) * (x[1] as number) * 4),
    );
    expect(rows[0]?.sigma).toBeGreaterThan(0.5);
    expect(rows[2]?.muStar).toBe(0);
    expect(() => morrisIndices(design, [1, 2])).toThrow(/one finite output per design point/);
  });
});
