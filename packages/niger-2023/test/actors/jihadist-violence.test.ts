import { dailyHazardFromMedianDays } from '@crisis-sim/engine';
import { describe, expect, it } from 'vitest';
import { jihadistReducers, jihadistRule } from '../../src/actors/jihadist-violence.js';
import { contextFor, parametersWith, stateWith } from '../fixtures.js';

describe('jihadistRule', () => {
  it('strikes with the constant daily hazard of its median, whoever rules', () => {
    const params = parametersWith({ 'jihadist.majorAttackMedianDays': 5 });
    for (const state of [stateWith(), stateWith((s) => (s.juntaFellDay = 2))]) {
      let attacks = 0;
      for (let seed = 1; seed <= 4000; seed++) if (jihadistRule(state, contextFor('jihadists', 3, params, seed)) !== undefined) attacks++;
      expect(attacks / 4000).toBeCloseTo(dailyHazardFromMedianDays(5), 1);
    }
  });
});

describe('jihadistReducers', () => {
  it("moves support toward 1 and cohesion toward 0 by the shock's share, and counts the attack", () => {
    const state = stateWith((s) => {
      s.publicSupport = 0.6;
      s.cohesion = 0.8;
    });
    jihadistReducers['jihadists/major-attack'](state, { type: 'jihadists/major-attack', shock: 0.1 }, { day: 7 } as never);
    expect(state.publicSupport).toBeCloseTo(0.64, 12);
    expect(state.cohesion).toBeCloseTo(0.72, 12);
    expect(state.majorAttacks).toBe(1);
    expect(state.lastMajorAttackDay).toBe(7);
  });
});
