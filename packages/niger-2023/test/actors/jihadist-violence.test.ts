import { dailyHazardFromMedianDays } from '@crisis-sim/engine';
import { describe, expect, it } from 'vitest';
import { memberBallotProbability } from '../../src/actors/ecowas-members/ecowas-member.js';
import { attackIsRecent, jihadistReducers, jihadistRule } from '../../src/actors/jihadist-violence.js';
import { determinationHazard } from '../../src/index.js';
import { contextFor, parametersWith, stateWith, valuesOf } from '../fixtures.js';

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

describe('the security argument (v2.3)', () => {
  const params = parametersWith();
  const salience = params['jihadist.salienceDays'];
  const attackedOnDay = (day: number) => stateWith((s) => (s.lastMajorAttackDay = day));

  it('holds for `jihadist.salienceDays` after an attack, and not before any', () => {
    expect(attackIsRecent(stateWith(), 10, params)).toBe(false);
    expect(attackIsRecent(attackedOnDay(10), 11, params)).toBe(true);
    expect(attackIsRecent(attackedOnDay(10), 10 + salience - 1, params)).toBe(true);
    expect(attackIsRecent(attackedOnDay(10), 10 + salience, params)).toBe(false);
  });

  it("lowers a member's support for launching by `ecowas.securityDamping` while an attack is recent, and no other question", () => {
    const day = 20;
    const values = valuesOf(params, day);
    const quiet = stateWith();
    const attacked = attackedOnDay(day - 1);
    const launchQuiet = memberBallotProbability('launch', 0.6, 0.6, quiet, values);
    const launchAttacked = memberBallotProbability('launch', 0.6, 0.6, attacked, values);
    expect(launchQuiet).toBeGreaterThan(0);
    expect(launchAttacked).toBeCloseTo(launchQuiet * (1 - params['ecowas.securityDamping']), 12);
    expect(launchAttacked).toBeLessThan(launchQuiet);
    for (const question of ['activate', 'tighten', 'ease', 'deal'] as const)
      expect(memberBallotProbability(question, 0.6, 0.6, attacked, values)).toBe(
        memberBallotProbability(question, 0.6, 0.6, quiet, values),
      );
    // Without the damping the attack changes nothing: the effect is the parameter's.
    const undamped = valuesOf(parametersWith({ 'ecowas.securityDamping': 0 }), day);
    expect(memberBallotProbability('launch', 0.6, 0.6, attacked, undamped)).toBe(
      memberBallotProbability('launch', 0.6, 0.6, quiet, undamped),
    );
  });

  it("slows Washington's determination while an attack is recent, and not once it is old", () => {
    const values = valuesOf(params, 40);
    const base = determinationHazard(stateWith(), values);
    const recent = determinationHazard(attackedOnDay(39), values);
    const old = determinationHazard(attackedOnDay(40 - salience), values);
    expect(base).toBeGreaterThan(0);
    expect(recent).toBeLessThan(base);
    expect(old).toBe(base);
  });
});
