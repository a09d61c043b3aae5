import { describe, expect, it } from 'vitest';
import { chadActor, mediatorReducers, mediatorRule, togoMediatorActor } from '../../src/actors/regional-mediators.js';
import type { NigerState } from '../../src/index.js';
import { contextFor, parametersWith, stateWith } from '../fixtures.js';

const params = parametersWith({ 'chad.missionMedianDays': 1, 'togo.missionMedianDays': 1 });
const typeOf = (result: ReturnType<ReturnType<typeof mediatorRule>>) =>
  result !== undefined && !Array.isArray(result) && 'action' in result ? result.action.type : undefined;

function tally(state: NigerState, runs = 4000): Record<string, number> {
  const counts: Record<string, number> = {};
  for (let seed = 1; seed <= runs; seed++) {
    const type = typeOf(mediatorRule('chad')(state, contextFor('chad', 5, params, seed))) ?? 'none';
    counts[type] = (counts[type] ?? 0) + 1 / runs;
  }
  return counts;
}

describe('mediatorRule', () => {
  it('brings the junta to the table with probability 1 - hardline at a mission', () => {
    // Median 1 day: a mission on half the days; the junta accepts at 1 - 0.6 = 0.4 of them.
    const counts = tally(stateWith((s) => (s.hardline = 0.6)));
    expect(counts['mediators/broker-mediation']).toBeCloseTo(0.5 * 0.4, 1);
    expect(counts['mediators/mission']).toBeCloseTo(0.5 * 0.6, 1);
    expect(tally(stateWith((s) => (s.hardline = 1)))['mediators/broker-mediation']).toBeUndefined();
  });

  it("counts a mission during talks as a day's progress toward what the stance allows", () => {
    const state = stateWith((s) => {
      s.mediationAcceptedDay = 2;
      s.hardline = 0.5;
      s.talks = 0.2;
    });
    for (let seed = 1; seed < 50; seed++) {
      const result = mediatorRule('togo')(state, contextFor('togo-mediator', 5, params, seed));
      if (result === undefined || Array.isArray(result) || !('action' in result)) continue;
      expect(result.action).toEqual({ type: 'mediators/mission', mediator: 'togo', talksGain: params['talks.rate'] * 0.3 });
      return;
    }
    throw new Error('no mission in 50 seeds at a daily chance of 1/2');
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

  it('is two actors with their own streams', () => {
    expect(chadActor.id).not.toBe(togoMediatorActor.id);
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
