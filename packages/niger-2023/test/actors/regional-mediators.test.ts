import { dailyHazardFromMedianDays } from '@crisis-sim/engine';
import { describe, expect, it } from 'vitest';
import { mediatorReducers, mediatorsRule } from '../../src/actors/regional-mediators.js';
import type { NigerState } from '../../src/index.js';
import { contextFor, parametersWith, stateWith } from '../fixtures.js';

const params = parametersWith({ 'chad.missionMedianDays': 2, 'togo.missionMedianDays': 4 });
const chad = dailyHazardFromMedianDays(2);
const togo = dailyHazardFromMedianDays(4);

function tally(state: NigerState, runs = 4000): Record<string, number> {
  const counts: Record<string, number> = {};
  for (let seed = 1; seed <= runs; seed++) {
    const result = mediatorsRule(state, contextFor('mediators', 5, params, seed));
    const key =
      result !== undefined && !Array.isArray(result) && 'action' in result
        ? `${result.action.type} ${'mediator' in result.action ? result.action.mediator : ''}`
        : 'none';
    counts[key] = (counts[key] ?? 0) + 1 / runs;
  }
  return counts;
}

describe('mediatorsRule', () => {
  it('records nothing for a mission that changes nothing', () => {
    expect(
      tally(
        stateWith((s) => (s.hardline = 1)),
        400,
      ).none,
    ).toBeCloseTo(1, 9);
    const capped = stateWith((s) => {
      s.mediationAcceptedDay = 1;
      s.hardline = 0.6;
      s.talks = 0.4;
    });
    expect(tally(capped, 400).none).toBeCloseTo(1, 9);
  });

  it("sends Chad's and Togo's missions with their own daily chances", () => {
    const counts = tally(
      stateWith((s) => {
        s.mediationAcceptedDay = 1;
        s.hardline = 0.2;
      }),
    );
    expect(counts['mediators/mission chad']).toBeCloseTo(chad, 1);
    expect(counts['mediators/mission togo']).toBeCloseTo(togo, 1);
    expect(counts['mediators/broker-mediation chad']).toBeUndefined();
  });

  it('brings the junta to the table with probability 1 - hardline at a mission', () => {
    const counts = tally(stateWith((s) => (s.hardline = 0.6)));
    const brokered = (counts['mediators/broker-mediation chad'] ?? 0) + (counts['mediators/broker-mediation togo'] ?? 0);
    expect(brokered).toBeCloseTo((chad + togo) * 0.4, 1);
  });

  it("counts a mission during talks as a day's progress toward what the stance allows", () => {
    const state = stateWith((s) => {
      s.mediationAcceptedDay = 2;
      s.hardline = 0.5;
      s.talks = 0.2;
    });
    for (let seed = 1; seed < 50; seed++) {
      const result = mediatorsRule(state, contextFor('mediators', 5, params, seed));
      if (result === undefined || Array.isArray(result) || !('action' in result)) continue;
      expect(result.action).toMatchObject({ type: 'mediators/mission', talksGain: params['talks.rate'] * 0.3 });
      return;
    }
    throw new Error('no mission in 50 seeds at a daily chance above 1/2');
  });

  it('sends no mission during an operation, after a deal or once the junta has fallen', () => {
    const cases: ((s: NigerState) => void)[] = [
      (s) => (s.intervention = 'launched'),
      (s) => (s.transitionAgreedDay = 3),
      (s) => (s.juntaFellDay = 3),
      (s) => (s.bazoum = 'restored'),
    ];
    for (const change of cases) expect(tally(stateWith(change), 200).none).toBeCloseTo(1, 9);
  });
});

describe('mediatorReducers', () => {
  it('opens the mediation track unless the junta already accepted one, and counts the mission', () => {
    const state = stateWith();
    mediatorReducers['mediators/broker-mediation'](state, { type: 'mediators/broker-mediation', mediator: 'chad' }, { day: 4 } as never);
    expect(state.mediationAcceptedDay).toBe(4);
    mediatorReducers['mediators/broker-mediation'](state, { type: 'mediators/broker-mediation', mediator: 'togo' }, { day: 9 } as never);
    expect(state.mediationAcceptedDay).toBe(4);
    expect(state.mediatorMissions).toBe(2);
    expect(state.lastMediatorMissionDay).toBe(9);
  });

  it('adds the gain to talks, within [0, 1]', () => {
    const state = stateWith((s) => (s.talks = 0.95));
    mediatorReducers['mediators/mission'](state, { type: 'mediators/mission', mediator: 'chad', talksGain: 0.2 }, { day: 4 } as never);
    expect(state.talks).toBe(1);
  });
});
