import { describe, expect, it } from 'vitest';
import { createRng } from '../src/index.js';
import { latinHypercube } from '../src/latin-hypercube.js';

describe('latinHypercube', () => {
  it('puts exactly one point in each stratum of every dimension', () => {
    const points = latinHypercube(50, 4, createRng(7));
    for (let k = 0; k < 4; k++) {
      const strata = points.map((point) => Math.floor((point[k] as number) * 50)).sort((a, b) => a - b);
      expect(strata).toEqual(Array.from({ length: 50 }, (_, i) => i));
    }
  });

  it('is a pure function of the stream', () => {
    expect(latinHypercube(10, 3, createRng(1))).toEqual(latinHypercube(10, 3, createRng(1)));
    expect(latinHypercube(10, 3, createRng(1))).not.toEqual(latinHypercube(10, 3, createRng(2)));
  });
});
