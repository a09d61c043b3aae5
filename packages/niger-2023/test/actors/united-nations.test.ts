import { idle } from '@crisis-sim/engine';
import { describe, expect, it } from 'vitest';
import { unitedNationsReducers, unitedNationsRule } from '../../src/actors/united-nations.js';
import { contextFor, parametersWith, stateWith } from '../fixtures.js';

const params = parametersWith();
const typeOf = (result: ReturnType<typeof unitedNationsRule>) =>
  result !== undefined && !Array.isArray(result) && 'action' in result ? result.action.type : undefined;

describe('unitedNationsRule', () => {
  it('obtains exemptions once economic pain reaches its threshold under the full sanctions, once', () => {
    const below = stateWith((s) => (s.economicPain = params['un.appealPain'] - 0.01));
    expect(unitedNationsRule(below, contextFor('united-nations', 10, params))).toBeUndefined();
    const at = stateWith((s) => (s.economicPain = params['un.appealPain']));
    expect(typeOf(unitedNationsRule(at, contextFor('united-nations', 10, params)))).toBe('un/humanitarian-exemptions');
    at.unExemptionDay = 9;
    expect(unitedNationsRule(at, contextFor('united-nations', 10, params))).toBe(idle);
  });

  it('asks for nothing once sanctions are eased', () => {
    const eased = stateWith((s) => {
      s.economicPain = 0.9;
      s.sanctionsLevel = 1;
    });
    expect(unitedNationsRule(eased, contextFor('united-nations', 10, params))).toBe(idle);
  });
});

describe('unitedNationsReducers', () => {
  it('adds the exemptions to the leakage, within [0, 1]', () => {
    const state = stateWith((s) => (s.sanctionsLeak = 0.97));
    unitedNationsReducers['un/humanitarian-exemptions'](state, { type: 'un/humanitarian-exemptions', leak: 0.05 }, { day: 30 } as never);
    expect(state.sanctionsLeak).toBe(1);
    expect(state.unExemptionDay).toBe(30);
  });
});
