import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveParameters } from '../../src/index.js';
import { parameterArbitrary } from '../../src/testing/index.js';
import { toyParameters } from '../fixtures/toy-scenario.js';

describe('parameterArbitrary', () => {
  it('only generates values that resolveParameters accepts', () => {
    fc.assert(
      fc.property(parameterArbitrary(toyParameters), (values) => {
        expect(resolveParameters(toyParameters, values).ok).toBe(true);
        expect(Object.keys(values).sort()).toEqual(Object.keys(toyParameters).sort());
      }),
      { numRuns: 300 },
    );
  });

  it('holds fixed keys at their values', () => {
    fc.assert(
      fc.property(parameterArbitrary(toyParameters, { fixed: { 'council.rule': 'consensus', horizon: 7 } }), (values) => {
        expect(values['council.rule']).toBe('consensus');
        expect(values.horizon).toBe(7);
      }),
    );
  });

  it('reaches both ends of a range', () => {
    const samples = fc.sample(parameterArbitrary(toyParameters), { numRuns: 500, seed: 1 });
    const aggression = samples.map((values) => values['hawk.aggression'] as number);
    expect(aggression).toContain(0);
    expect(aggression).toContain(1);
  });
});
