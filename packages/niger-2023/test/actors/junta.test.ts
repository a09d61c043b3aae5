import type { Decision } from '@crisis-sim/engine';
import { idle } from '@crisis-sim/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { juntaRule } from '../../src/actors/junta.js';
import type { NigerAction } from '../../src/index.js';
import { contextFor, parametersWith, stateWith } from '../fixtures.js';

function decisions(result: ReturnType<typeof juntaRule>): readonly Decision<NigerAction>[] {
  if (result === undefined) return [];
  return Array.isArray(result) ? result : [result as Decision<NigerAction>];
}

describe('juntaRule', () => {
  const params = parametersWith();

  it('mobilises the public the day it sees the standby force activated, once', () => {
    const activated = stateWith((s) => {
      s.standby = 'activated';
      s.activationDay = 3;
    });
    expect(decisions(juntaRule(activated, contextFor('junta', 4, params)))[0]?.action.type).toBe('junta/mobilise-public');
    activated.publicMobilisedDay = 4;
    expect(decisions(juntaRule(activated, contextFor('junta', 5, params)))[0]?.action.type).not.toBe('junta/mobilise-public');
  });

  it('reopens the airspace when the threat has receded and no operation is under way', () => {
    const calm = stateWith((s) => {
      s.threat = params['junta.reopenAirspaceThreat'] / 2;
    });
    expect(decisions(juntaRule(calm, contextFor('junta', 10, params)))[0]?.action.type).toBe('junta/reopen-airspace');
    calm.intervention = 'launched';
    calm.interventionDay = 5;
    expect(decisions(juntaRule(calm, contextFor('junta', 10, params)))[0]?.action.type).not.toBe('junta/reopen-airspace');
  });

  it('does nothing once it has fallen', () => {
    const fallen = stateWith((s) => {
      s.juntaFellDay = 3;
    });
    fc.assert(fc.property(fc.nat(1000), (seed) => juntaRule(fallen, contextFor('junta', 20, params, seed)) === idle));
  });

  it('only harms or releases a detained Bazoum, and harms him only during an operation', () => {
    fc.assert(
      fc.property(
        fc.nat(10_000),
        fc.constantFrom('none', 'launched', 'stalled', 'called-off') as fc.Arbitrary<'none' | 'launched' | 'stalled' | 'called-off'>,
        fc.constantFrom('detained', 'released', 'exiled') as fc.Arbitrary<'detained' | 'released' | 'exiled'>,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, intervention, bazoum, talks) => {
          const state = stateWith((s) => {
            s.intervention = intervention;
            s.interventionDay = intervention === 'none' ? -1 : 2;
            s.bazoum = bazoum;
            s.mediationAcceptedDay = 1;
            s.talks = talks;
            s.hardline = 0;
            s.publicMobilisedDay = 1;
          });
          for (const decision of decisions(
            juntaRule(state, contextFor('junta', 30, parametersWith({ 'junta.harmMedianDays': 1, 'junta.releaseMedianDays': 1 }), seed)),
          )) {
            const type = decision.action.type;
            if (type === 'junta/harm-bazoum')
              expect(bazoum === 'detained' && (intervention === 'launched' || intervention === 'stalled')).toBe(true);
            if (type === 'junta/release-bazoum')
              expect(bazoum === 'detained' && intervention !== 'launched' && intervention !== 'stalled').toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('announces its first timetable within the configured range of months', () => {
    const p = parametersWith({
      'junta.timetableMedianDays': 1,
      'junta.mediationMedianDays': 3650,
      'junta.expelAmbassadorMedianDays': 3650,
      'junta.inviteRussiaMedianDays': 3650,
    });
    let announced = 0;
    for (let seed = 0; seed < 200; seed++) {
      for (const decision of decisions(
        juntaRule(
          stateWith(() => {}, p),
          contextFor('junta', 0, p, seed),
        ),
      )) {
        if (decision.action.type !== 'junta/announce-timetable') continue;
        announced++;
        expect(decision.action.months).toBeGreaterThanOrEqual(p['junta.timetableMonthsMin']);
        expect(decision.action.months).toBeLessThanOrEqual(p['junta.timetableMonthsMax']);
      }
    }
    expect(announced).toBeGreaterThan(50);
  });

  it('charges Bazoum only while he is detained and not yet charged, and does so often at a one-day median', () => {
    const quick = parametersWith({ 'junta.chargeBazoumMedianDays': 1 });
    const types = (state: ReturnType<typeof stateWith>, seed: number) =>
      decisions(juntaRule(state, contextFor('junta', 10, quick, seed))).map((decision) => decision.action.type);
    const detained = stateWith();
    const charged = Array.from({ length: 200 }, (_, seed) => types(detained, seed)).filter((list) =>
      list.includes('junta/charge-bazoum'),
    ).length;
    expect(charged).toBeGreaterThan(40);
    fc.assert(
      fc.property(fc.nat(10_000), fc.constantFrom('released', 'restored', 'harmed', 'exiled'), (seed, status) => {
        const notDetained = stateWith((s) => {
          s.bazoum = status as typeof s.bazoum;
        });
        expect(types(notDetained, seed)).not.toContain('junta/charge-bazoum');
        const already = stateWith((s) => {
          s.bazoumChargedDay = 3;
        });
        expect(types(already, seed)).not.toContain('junta/charge-bazoum');
      }),
      { numRuns: 200 },
    );
  });
});
