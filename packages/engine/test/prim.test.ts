import { describe, expect, it } from 'vitest';
import { createRng, prim } from '../src/index.js';

/** 4,000 rows uniform on [0, 1]^5; y = 1 with probability 0.9 inside x0 >= 0.6 and x1 <= 0.4, 0.05 elsewhere. */
function planted(seed: number) {
  const rng = createRng(seed);
  const rows = Array.from({ length: 4000 }, () => Array.from({ length: 5 }, () => rng.next()));
  const y = rows.map((x) => (rng.next() < ((x[0] as number) >= 0.6 && (x[1] as number) <= 0.4 ? 0.9 : 0.05) ? 1 : 0));
  return { names: ['x0', 'x1', 'x2', 'x3', 'x4'], rows, y };
}

describe('prim', () => {
  // Measured: x0 >= 0.611 and x1 <= 0.366 (truth 0.6 and 0.4), density 0.90, coverage 0.70.
  it('recovers a planted box: only x0 and x1 restricted, limits within 0.05 of the truth', () => {
    const result = prim(planted(1), { paste: true });
    const limits = Object.fromEntries(result.chosen.limits.map((limit) => [limit.name, limit]));
    expect(Object.keys(limits).sort()).toEqual(['x0', 'x1']);
    expect(Math.abs((limits.x0?.low as number) - 0.6)).toBeLessThan(0.05);
    expect(limits.x0?.high).toBeNull();
    expect(Math.abs((limits.x1?.high as number) - 0.4)).toBeLessThan(0.05);
    expect(limits.x1?.low).toBeNull();
    expect(result.chosen.density).toBeGreaterThan(0.8);
    expect(result.chosen.coverage).toBeGreaterThan(0.6);
  });

  it('records a trajectory from the whole data down to the minimum mass, density rising overall', () => {
    const result = prim(planted(2), { alpha: 0.1, minMass: 0.1 });
    const [start] = result.trajectory;
    const last = result.trajectory.at(-1);
    expect(start).toMatchObject({ coverage: 1, mass: 1, limits: [] });
    expect(start?.density).toBeCloseTo(result.baseRate, 10);
    expect(last?.mass).toBeGreaterThanOrEqual(0.1);
    expect(last?.density).toBeGreaterThan(start?.density as number);
    for (let i = 1; i < result.trajectory.length; i++) {
      expect(result.trajectory[i]?.mass).toBeLessThan(result.trajectory[i - 1]?.mass as number);
    }
  });

  it('does not depend on the order of the rows', () => {
    const data = planted(3);
    const reversed = { ...data, rows: data.rows.slice().reverse(), y: data.y.slice().reverse() };
    expect(prim(reversed, { paste: true })).toEqual(prim(data, { paste: true }));
  });

  it('peels ties as a block, so 0/1 inputs can be isolated', () => {
    const rng = createRng(5);
    const rows = Array.from({ length: 1000 }, () => [rng.next() < 0.5 ? 1 : 0, rng.next()]);
    const y = rows.map((x) => (x[0] === 1 && rng.next() < 0.8 ? 1 : 0));
    const result = prim({ names: ['switch', 'noise'], rows, y });
    expect(result.chosen.limits.find((limit) => limit.name === 'switch')).toEqual({ name: 'switch', low: 1, high: null });
  });

  it('keeps the limits PRIM picked up from noise when pruning is off', () => {
    const pruned = prim(planted(1));
    const raw = prim(planted(1), { maxPValue: 1 });
    expect(raw.chosen.limits.length).toBeGreaterThan(pruned.chosen.limits.length);
    expect(raw.chosen).toEqual(raw.trajectory[raw.chosenIndex]);
  });

  it('refuses bad options and ragged data', () => {
    expect(() => prim(planted(1), { alpha: 0 })).toThrow(/alpha must be a number between 0 and 1/);
    expect(() => prim({ names: ['a'], rows: [[1, 2]], y: [1] })).toThrow(/each with 1 finite values/);
  });
});
