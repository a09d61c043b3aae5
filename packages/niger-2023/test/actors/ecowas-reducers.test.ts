import { describe, expect, it } from 'vitest';
import { ecowasReducers } from '../../src/actors/ecowas-reducers.js';
import { parametersWith, stateWith } from '../fixtures.js';

const params = parametersWith();

describe('ecowasReducers', () => {
  it('eases full sanctions to level 1 on a transition deal, and lifts them to 0 on restoration, keeping the first easing day', () => {
    const state = stateWith();
    expect(state.sanctionsLevel).toBe(2);
    ecowasReducers['ecowas/agree-transition'](state, { type: 'ecowas/agree-transition', months: 24 }, { day: 40, params } as never);
    expect([state.sanctionsLevel, state.sanctionsEasedDay, state.transitionAgreedDay]).toEqual([1, 40, 40]);
    ecowasReducers['ecowas/lift-sanctions'](state, { type: 'ecowas/lift-sanctions' }, { day: 90, params } as never);
    expect([state.sanctionsLevel, state.sanctionsEasedDay]).toEqual([0, 40]);
  });
});
