import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrisisSimError } from '../src/index.js';
import { SOBOL_MAX_DIMENSIONS, sobolSequence } from '../src/sobol-sequence.js';

describe('sobolSequence', () => {
  it('matches the Joe-Kuo sequence (reference values computed with SciPy 1.17 qmc.Sobol, unscrambled)', () => {
    expect(SOBOL_MAX_DIMENSIONS).toBe(128);
    const points = sobolSequence(1024, 128);
    const columns = [0, 1, 2, 9, 63, 127];
    expect(columns.map((k) => points[5]?.[k])).toEqual([0.875, 0.875, 0.125, 0.125, 0.625, 0.125]);
    expect(columns.map((k) => points[100]?.[k])).toEqual([0.4140625, 0.2578125, 0.7734375, 0.6953125, 0.6484375, 0.4609375]);
    expect(columns.map((k) => points[777]?.[k])).toEqual([
      0.6923828125, 0.9365234375, 0.1630859375, 0.3232421875, 0.4267578125, 0.1181640625,
    ]);
    expect(points[0]).toEqual(new Array(128).fill(0));
  });

  it('puts one point in each of the 2^m equal cells of every dimension', () => {
    const points = sobolSequence(256, 40);
    for (let k = 0; k < 40; k++) {
      const cells = new Set(points.map((point) => Math.floor((point[k] as number) * 256)));
      expect(cells.size).toBe(256);
    }
  });

  it('computes any slice alone, equal to the same rows of the whole sequence', () => {
    const whole = sobolSequence(300, 7);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 299 }), fc.integer({ min: 0, max: 50 }), (first, count) => {
        const n = Math.min(count, 300 - first);
        expect(sobolSequence(n, 7, first)).toEqual(whole.slice(first, first + n));
      }),
    );
  });

  it('refuses dimensions beyond the tabulated direction numbers and bad counts', () => {
    expect(() => sobolSequence(4, 129)).toThrow(/from 1 to 128/);
    expect(() => sobolSequence(-1, 2)).toThrow(CrisisSimError);
  });
});
