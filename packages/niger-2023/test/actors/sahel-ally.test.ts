import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSahelAllyRule } from '../../src/actors/sahel-ally.js';
import { contextFor, parametersWith, stateWith } from '../fixtures.js';

const typeOf = (result: ReturnType<ReturnType<typeof makeSahelAllyRule>>) =>
  result !== undefined && !Array.isArray(result) && 'action' in result ? result.action.type : undefined;

describe('a Sahel ally', () => {
  const mali = makeSahelAllyRule('mali', 'Mali');

  it('decides on war the day after a launch, never on the launch day', () => {
    const params = parametersWith({ 'mali.warCommitment': 1 });
    const launched = stateWith((s) => {
      s.intervention = 'launched';
      s.interventionDay = 20;
    });
    expect(mali(launched, contextFor('mali', 20, params))).toBeUndefined();
    expect(typeOf(mali(launched, contextFor('mali', 21, params)))).toBe('mali/enter-war');
  });

  it('never goes to war without an intervention', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 179 }), (seed, threat, day) => {
        const state = stateWith((s) => {
          s.threat = threat;
        });
        expect(typeOf(mali(state, contextFor('mali', day, parametersWith({ 'mali.warCommitment': 1 }), seed)))).not.toBe('mali/enter-war');
      }),
      { numRuns: 300 },
    );
  });

  it('stays out with a commitment of zero', () => {
    const launched = stateWith((s) => {
      s.intervention = 'launched';
      s.interventionDay = 2;
    });
    expect(typeOf(mali(launched, contextFor('mali', 3, parametersWith({ 'mali.warCommitment': 0 }))))).toBe('mali/stay-out');
  });

  it("forms the three-way pact when both allies fight at Niger's side after an intervention", () => {
    const atWar = stateWith((s) => {
      s.intervention = 'launched';
      s.interventionDay = 20;
      s.mali = 'at-war';
      s.burkinaFaso = 'at-war';
      s.maliPactDay = 21;
      s.burkinaFasoPactDay = 21;
    });
    expect(typeOf(mali(atWar, contextFor('mali', 22, parametersWith())))).toBe('sahel/form-pact');
    const oneStayedOut = stateWith((s) => {
      s.interventionDay = 20;
      s.mali = 'at-war';
      s.burkinaFaso = 'stayed-out';
      s.maliPactDay = 21;
      s.burkinaFasoPactDay = 10;
    });
    expect(typeOf(mali(oneStayedOut, contextFor('mali', 22, parametersWith())))).toBeUndefined();
  });

  it('forms the three-way pact once both allies have signed', () => {
    const both = stateWith((s) => {
      s.mali = 'allied';
      s.burkinaFaso = 'allied';
      s.maliPactDay = 3;
      s.burkinaFasoPactDay = 4;
    });
    expect(typeOf(mali(both, contextFor('mali', 5, parametersWith())))).toBe('sahel/form-pact');
  });
});
