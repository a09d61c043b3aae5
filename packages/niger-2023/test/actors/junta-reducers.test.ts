import { describe, expect, it } from 'vitest';
import { juntaReducers } from '../../src/actors/junta-reducers.js';
import { parametersWith, stateWith } from '../fixtures.js';

const params = parametersWith();

describe('juntaReducers', () => {
  it('records the charges against Bazoum on their day, and his restoration when officers hand power back', () => {
    const state = stateWith();
    juntaReducers['junta/charge-bazoum'](state, { type: 'junta/charge-bazoum' }, { day: 5, params } as never);
    expect(state.bazoumChargedDay).toBe(5);
    juntaReducers['junta/hand-power-to-bazoum'](state, { type: 'junta/hand-power-to-bazoum' }, { day: 9, params } as never);
    expect([state.bazoum, state.bazoumRestoredDay]).toEqual(['restored', 9]);
  });
});
