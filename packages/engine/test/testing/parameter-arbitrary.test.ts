import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveParameters } from '../../src/index.js';
import { assertScenarioInvariants, parameterArbitrary } from '../../src/testing/index.js';
import { timetableParameters, timetableScenario } from '../fixtures/timetable-scenario.js';
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

describe('parameterArbitrary with constraints', () => {
  const constraints = timetableScenario.constraints;

  it('only generates sets that keep the constraints and resolve', () => {
    fc.assert(
      fc.property(parameterArbitrary(timetableParameters, { constraints }), (values) => {
        expect(values['talks.minDays']).toBeLessThanOrEqual(values['talks.modeDays']);
        expect(values['talks.modeDays']).toBeLessThanOrEqual(values['talks.maxDays']);
        expect(resolveParameters(timetableParameters, values, { constraints }).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('still spreads over the space and keeps fixed keys', () => {
    const samples = fc.sample(parameterArbitrary(timetableParameters, { constraints, fixed: { 'talks.modeDays': 30 } }), {
      numRuns: 300,
      seed: 2,
    });
    for (const values of samples) {
      expect(values['talks.modeDays']).toBe(30);
      expect(values['talks.minDays']).toBeLessThanOrEqual(30);
      expect(values['talks.maxDays']).toBeGreaterThanOrEqual(30);
    }
    expect(new Set(samples.map((values) => values['talks.minDays'])).size).toBeGreaterThan(20);
  });

  it('refuses fixed values that break a constraint on their own', () => {
    expect(() => parameterArbitrary(timetableParameters, { constraints, fixed: { 'talks.minDays': 50, 'talks.maxDays': 20 } })).toThrow(
      /fixed values talks.minDays = 50, talks.maxDays = 20 break constraint talks-order/,
    );
  });

  it('is what runCaseArbitrary uses for a scenario with constraints', () => {
    // The fixture's initial state throws on a bad triangle.
    assertScenarioInvariants(timetableScenario, { numRuns: 100 });
  });
});
