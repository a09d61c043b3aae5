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
    // No pact; Mali announces the juntas' exit from ECOWAS instead (their pledge on an attack).
    expect(typeOf(mali(oneStayedOut, contextFor('mali', 22, parametersWith())))).toBe('sahel/leave-ecowas');
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

  it("announces the three juntas' exit from ECOWAS after its war decision on an intervention, and only while the junta holds", () => {
    const decided = stateWith((s) => {
      s.intervention = 'launched';
      s.interventionDay = 20;
      s.mali = 'stayed-out';
    });
    expect(typeOf(mali(decided, contextFor('mali', 22, parametersWith())))).toBe('sahel/leave-ecowas');
    const fallen = stateWith((s) => {
      s.intervention = 'launched';
      s.interventionDay = 20;
      s.mali = 'stayed-out';
      s.juntaFellDay = 21;
    });
    expect(typeOf(mali(fallen, contextFor('mali', 22, parametersWith())))).toBeUndefined();
    const left = stateWith((s) => {
      s.intervention = 'launched';
      s.interventionDay = 20;
      s.mali = 'stayed-out';
      s.sahelExitDay = 21;
    });
    expect(typeOf(mali(left, contextFor('mali', 22, parametersWith())))).toBeUndefined();
  });

  it('leaves ECOWAS under sanctions only once the pact has formed and while the full sanctions last', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.boolean(), fc.integer({ min: 0, max: 3 }), (seed, pact, level) => {
        const state = stateWith((s) => {
          s.mali = 'allied';
          s.maliPactDay = 5;
          s.burkinaFaso = 'allied';
          s.burkinaFasoPactDay = 5;
          s.sahelPactDay = pact ? 6 : -1;
          s.sanctionsLevel = level;
        });
        const params = parametersWith({ 'sahel.ecowasExitMedianDays': 1 });
        const type = typeOf(mali(state, contextFor('mali', 30, params, seed)));
        if (type === 'sahel/leave-ecowas') expect(pact && level >= 2).toBe(true);
      }),
      { numRuns: 300 },
    );
    const pactUnderSanctions = stateWith((s) => {
      s.mali = 'allied';
      s.maliPactDay = 5;
      s.burkinaFaso = 'allied';
      s.burkinaFasoPactDay = 5;
      s.sahelPactDay = 6;
    });
    const params = parametersWith({ 'sahel.ecowasExitMedianDays': 1 });
    const exits = Array.from({ length: 200 }, (_, seed) => typeOf(mali(pactUnderSanctions, contextFor('mali', 30, params, seed)))).filter(
      (type) => type === 'sahel/leave-ecowas',
    ).length;
    // A median of one day is a daily chance of one half.
    expect(exits).toBeGreaterThan(60);
    expect(exits).toBeLessThan(140);
  });
});
