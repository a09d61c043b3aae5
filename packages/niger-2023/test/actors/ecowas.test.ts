import { idle } from '@crisis-sim/engine';
import { describe, expect, it } from 'vitest';
import { committedTroops, ecowasRule, nextSummitQuestion } from '../../src/actors/ecowas.js';
import { VOTING_MEMBERS } from '../../src/index.js';
import { contextFor, parametersWith, stateWith } from '../fixtures.js';

describe('nextSummitQuestion', () => {
  const params = parametersWith();

  it('waits for the minimum gap after a summit', () => {
    const state = stateWith((s) => {
      s.lastSummitClosedDay = 10;
    });
    expect(nextSummitQuestion(state, 10 + params['ecowas.minSummitGapDays'] - 1, params)).toBeUndefined();
  });

  it('asks to activate the force at a review when none is active', () => {
    const state = stateWith((s) => {
      s.lastSummitClosedDay = 0;
    });
    expect(nextSummitQuestion(state, params['ecowas.reviewIntervalDays'], params)).toBe('activate');
  });

  it('asks to launch once the force is ready, without waiting for the review', () => {
    const state = stateWith((s) => {
      s.lastSummitClosedDay = 5;
      s.standby = 'activated';
      s.activationDay = 2;
    });
    const ready = 2 + params['ecowas.planningDays'];
    expect(nextSummitQuestion(state, ready - 1, params)).not.toBe('launch');
    expect(nextSummitQuestion(state, Math.max(ready, 5 + params['ecowas.minSummitGapDays']), params)).toBe('launch');
  });

  it('puts a new timetable to a vote once talks are far enough, but not the same offer twice', () => {
    const state = stateWith((s) => {
      s.lastSummitClosedDay = 0;
      s.transitionMonths = 24;
      s.talks = params['ecowas.dealTalksThreshold'];
    });
    expect(nextSummitQuestion(state, 10, params)).toBe('deal');
    state.rejectedTransitionMonths = 24;
    expect(nextSummitQuestion(state, 10, params)).not.toBe('deal');
  });

  it('convenes nothing once the crisis is settled', () => {
    const state = stateWith((s) => {
      s.bazoum = 'restored';
      s.lastSummitClosedDay = 0;
    });
    expect(nextSummitQuestion(state, 100, params)).toBeUndefined();
  });
});

describe('committedTroops', () => {
  it("counts yes voters' pledges and Nigeria's only with its Senate's approval", () => {
    const state = stateWith((s) => {
      for (const member of VOTING_MEMBERS) {
        s.ballots[member] = 'yes';
        s.pledges[member] = 100;
      }
      s.ballots.ghana = 'no';
    });
    expect(committedTroops(state)).toBe(100 * (VOTING_MEMBERS.length - 2));
    state.nigeriaSenate = 'approved';
    expect(committedTroops(state)).toBe(100 * (VOTING_MEMBERS.length - 1));
  });
});

describe('ecowasRule tally', () => {
  function summitWith(yesCount: number, question: 'activate' | 'launch') {
    return stateWith((s) => {
      s.summitOpen = true;
      s.summitQuestion = question;
      VOTING_MEMBERS.forEach((member, index) => {
        s.ballots[member] = index < yesCount ? 'yes' : 'no';
        s.pledges[member] = index < yesCount ? 1000 : 0;
      });
      s.nigeriaSenate = 'approved';
      s.standby = question === 'launch' ? 'activated' : 'none';
      s.activationDay = question === 'launch' ? 1 : -1;
    });
  }
  const types = (result: ReturnType<typeof ecowasRule>) => (Array.isArray(result) ? result.map((d) => d.action.type) : []);

  it('activates under two-thirds with 8 of 11 but not with 7', () => {
    const params = parametersWith({ 'ecowas.votingRule': 'two-thirds' });
    expect(types(ecowasRule(summitWith(8, 'activate'), contextFor('ecowas', 3, params)))).toContain('ecowas/activate-standby-force');
    expect(types(ecowasRule(summitWith(7, 'activate'), contextFor('ecowas', 3, params)))).not.toContain('ecowas/activate-standby-force');
  });

  it('explains a launch vote that passes without a launch', () => {
    const short = parametersWith({ 'ecowas.votingRule': 'simple-majority', 'ecowas.launchTroopThreshold': 6001 });
    const result = ecowasRule(summitWith(6, 'launch'), contextFor('ecowas', 40, short));
    const closing = Array.isArray(result) ? result.find((d) => d.action.type === 'ecowas/close-summit') : undefined;
    expect(closing?.reason).toBe(
      'summit on "launch": 6 of 11 present in favour (simple-majority); passed, but no launch: troops pledged 6,000 below the 6,001 threshold',
    );
  });

  it('launches only with enough committed troops', () => {
    const enough = parametersWith({ 'ecowas.votingRule': 'simple-majority', 'ecowas.launchTroopThreshold': 6000 });
    expect(types(ecowasRule(summitWith(6, 'launch'), contextFor('ecowas', 40, enough)))).toContain('ecowas/launch-intervention');
    const short = parametersWith({ 'ecowas.votingRule': 'simple-majority', 'ecowas.launchTroopThreshold': 6001 });
    expect(types(ecowasRule(summitWith(6, 'launch'), contextFor('ecowas', 40, short)))).not.toContain('ecowas/launch-intervention');
  });

  it('waits while a ballot is missing', () => {
    const state = summitWith(11, 'activate');
    state.ballots.liberia = 'none';
    // Nothing until a ballot is cast: idle, so batch runs skip the rule until then.
    expect(ecowasRule(state, contextFor('ecowas', 3, parametersWith()))).toBe(idle);
  });
});

describe('ecowasRule reads every voting member', () => {
  const params = parametersWith({ 'ecowas.votingRule': 'simple-majority' });
  const allYes = () =>
    stateWith((s) => {
      s.summitOpen = true;
      s.summitQuestion = 'tighten';
      for (const member of VOTING_MEMBERS) s.ballots[member] = 'yes';
    });

  it.each(VOTING_MEMBERS)('waits while %s has not voted', (member) => {
    const state = allYes();
    state.ballots[member] = 'none';
    expect(ecowasRule(state, contextFor('ecowas', 3, params))).toBe(idle);
  });

  it.each(VOTING_MEMBERS)("counts %s's ballot and its absence", (member) => {
    const state = allYes();
    state.ballots[member] = 'no';
    const close = (result: ReturnType<typeof ecowasRule>) =>
      (Array.isArray(result) ? result : []).find((d) => d.action.type === 'ecowas/close-summit')?.action;
    expect(close(ecowasRule(state, contextFor('ecowas', 3, params)))).toMatchObject({ present: 11, yes: 10 });
    state.ballots[member] = 'absent';
    expect(close(ecowasRule(state, contextFor('ecowas', 3, params)))).toMatchObject({ present: 10, yes: 10 });
  });
});
