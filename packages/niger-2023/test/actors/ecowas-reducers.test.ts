import { describe, expect, it } from 'vitest';
import { ecowasReducers } from '../../src/actors/ecowas-reducers.js';
import { VOTING_MEMBERS } from '../../src/index.js';
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

  it("resets every voting member's ballot when a summit is convened", () => {
    const state = stateWith((s) => {
      for (const member of VOTING_MEMBERS) s.ballots[member] = 'yes';
    });
    ecowasReducers['ecowas/convene-summit'](state, { type: 'ecowas/convene-summit', question: 'launch' }, { day: 5, params } as never);
    expect(Object.keys(state.ballots).sort()).toEqual([...VOTING_MEMBERS].sort());
    for (const member of VOTING_MEMBERS) expect(state.ballots[member]).toBe('none');
  });
});
