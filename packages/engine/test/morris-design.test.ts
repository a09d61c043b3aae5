import { describe, expect, it } from 'vitest';
import { createRng, morrisDesign } from '../src/index.js';

describe('morrisDesign', () => {
  it('moves each factor exactly once per trajectory by delta, staying on the grid inside the cube', () => {
    const design = morrisDesign({ dimensions: 5, trajectories: 10, levels: 4, rng: createRng(3) });
    expect(design.delta).toBeCloseTo(2 / 3);
    expect(design.points).toHaveLength(10 * 6);
    for (const trajectory of design.trajectories) {
      expect([...trajectory.changed].sort()).toEqual([0, 1, 2, 3, 4]);
      trajectory.changed.forEach((factor, j) => {
        const before = trajectory.points[j] as number[];
        const after = trajectory.points[j + 1] as number[];
        expect(Math.abs((after[factor] as number) - (before[factor] as number))).toBeCloseTo(2 / 3);
        after.forEach((x, k) => {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1);
          expect(Math.abs(x * 3 - Math.round(x * 3))).toBeLessThan(1e-9);
          if (k !== factor) expect(x).toBe(before[k]);
        });
      });
    }
  });

  it('refuses odd levels and a single trajectory', () => {
    expect(() => morrisDesign({ dimensions: 2, trajectories: 4, levels: 3, rng: createRng(1) })).toThrow(/even/);
    expect(() => morrisDesign({ dimensions: 2, trajectories: 1, rng: createRng(1) })).toThrow(/>= 2/);
  });
});
