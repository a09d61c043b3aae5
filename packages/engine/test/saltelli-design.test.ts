import { describe, expect, it } from 'vitest';
import { saltelliDesign } from '../src/index.js';
import { SALTELLI_MAX_DIMENSIONS } from '../src/saltelli-design.js';
import { sobolSequence } from '../src/sobol-sequence.js';

describe('saltelliDesign', () => {
  it('lays out A, B and each AB_i per base row, from a 2d-dimensional Sobol sequence', () => {
    const design = saltelliDesign({ dimensions: 3, samples: 8 });
    expect(design.points).toHaveLength(8 * 5);
    const base = sobolSequence(8, 6, 1);
    const [a, b, ab0, ab1, ab2] = design.points.slice(10, 15);
    expect(a).toEqual(base[2]?.slice(0, 3));
    expect(b).toEqual(base[2]?.slice(3));
    expect(ab0).toEqual([b?.[0], a?.[1], a?.[2]]);
    expect(ab1).toEqual([a?.[0], b?.[1], a?.[2]]);
    expect(ab2).toEqual([a?.[0], a?.[1], b?.[2]]);
  });

  it('takes up to half the Sobol dimensions', () => {
    expect(SALTELLI_MAX_DIMENSIONS).toBe(64);
    expect(() => saltelliDesign({ dimensions: 65, samples: 8 })).toThrow(/1 to 64 factors/);
    expect(() => saltelliDesign({ dimensions: 2, samples: 1 })).toThrow(/samples must be/);
  });
});
