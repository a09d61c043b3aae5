import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawParameters } from '../src/draw-parameters.js';
import { drawnParameterKeys } from '../src/index.js';
import { toyParameters } from './fixtures/toy-scenario.js';

describe('drawParameters', () => {
  it('keeps each value within its definition', () => {
    const keys = drawnParameterKeys(toyParameters, []);
    fc.assert(
      fc.property(fc.nat(2 ** 53 - 1), (runSeed) => {
        const drawn = drawParameters(toyParameters, keys, runSeed);
        expect(drawn['hawk.aggression']).toBeGreaterThanOrEqual(0);
        expect(drawn['hawk.aggression']).toBeLessThanOrEqual(1);
        expect(drawn['hawk.attackThreshold']).toBeGreaterThanOrEqual(0.5);
        expect(Number.isInteger(drawn['dove.patience'])).toBe(true);
        expect(['majority', 'consensus']).toContain(drawn['council.rule']);
      }),
    );
  });

  it('draws a key identically whatever other keys are drawn (one stream per key)', () => {
    fc.assert(
      fc.property(fc.nat(2 ** 53 - 1), (runSeed) => {
        const alone = drawParameters(toyParameters, ['dove.patience'], runSeed);
        const all = drawParameters(toyParameters, drawnParameterKeys(toyParameters, []), runSeed);
        expect(all['dove.patience']).toBe(alone['dove.patience']);
      }),
    );
  });

  it('follows categorical weights', () => {
    let majority = 0;
    for (let seed = 0; seed < 4000; seed++)
      if (drawParameters(toyParameters, ['council.rule'], seed * 7919)['council.rule'] === 'majority') majority++;
    // Weights 3:1; 4,000 draws put the share within +-0.03 of 0.75 with overwhelming probability.
    expect(Math.abs(majority / 4000 - 0.75)).toBeLessThan(0.03);
  });

  it('skips keys the user set and keys without a prior', () => {
    expect(drawnParameterKeys(toyParameters, ['hawk.aggression'])).toEqual(['hawk.attackThreshold', 'dove.patience', 'council.rule']);
  });
});
