import { describe, expect, it } from 'vitest';
import { CrisisSimError } from '../src/crisis-sim-error.js';
import { horizonOf } from '../src/horizon-of.js';
import { toyScenario } from './fixtures/toy-scenario.js';

describe('horizonOf', () => {
  it('reads a horizon that is a parameter', () => {
    expect(horizonOf(toyScenario, { horizon: 45 })).toBe(45);
  });

  it.each([0, 2.5, Number.NaN])('refuses a horizon of %s days', (horizon) => {
    const error = (() => {
      try {
        return horizonOf(toyScenario, { horizon });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(CrisisSimError);
    expect((error as CrisisSimError).code).toBe('invalid_scenario');
    expect((error as CrisisSimError).issues[0]?.path).toEqual(['horizonDays']);
  });
});
