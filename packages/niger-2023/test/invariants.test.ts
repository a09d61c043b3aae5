import { describe, expect, it } from 'vitest';
import { nigerInvariants } from '../src/invariants.js';
import { NON_VOTING_MEMBERS, VOTING_MEMBERS } from '../src/voting-members.js';
import { parametersWith, stateWith, valuesOf } from './fixtures.js';

const values = valuesOf(parametersWith());
const invariant = (id: string) => {
  const found = nigerInvariants.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no invariant ${id}`);
  return found;
};

describe('niger-2023 invariants', () => {
  it('hold on the initial state', () => {
    const state = stateWith();
    for (const check of nigerInvariants) expect(check.check(state, { ...values, day: 0 })).toBeUndefined();
  });

  it('catch a ballot or a pledge held by every non-voting member', () => {
    for (const member of NON_VOTING_MEMBERS) {
      for (const field of ['ballots', 'pledges'] as const) {
        const state = stateWith((draft) => {
          (draft[field] as Record<string, unknown>)[member] = field === 'ballots' ? 'yes' : 500;
        });
        expect(invariant('suspended-members-never-vote').check(state, { ...values, day: 3 })).toBe(`${member} holds a ballot or pledge`);
      }
    }
  });

  it('catch an invalid pledge of every voting member', () => {
    for (const member of VOTING_MEMBERS) {
      for (const bad of [-1, 2.5, Number.NaN]) {
        const state = stateWith((draft) => {
          draft.pledges[member] = bad;
        });
        expect(invariant('values-in-bounds').check(state, { ...values, day: 3 })).toMatch(/a troop count is invalid/);
      }
    }
  });

  it('catch a US withdrawal completed after Bazoum was restored, but not one completed before', () => {
    const after = stateWith((draft) => {
      draft.bazoum = 'restored';
      draft.bazoumRestoredDay = 40;
      draft.usTroops = 'withdrawn';
      draft.usWithdrawalAnnouncedDay = 20;
      draft.usWithdrawalCompletedDay = 50;
    });
    const check = nigerInvariants
      .map((candidate) => candidate.check(after, { ...values, day: 60 }))
      .find((message) => message !== undefined);
    expect(check).toBe('US withdrawal completed after Bazoum was restored');
    const before = stateWith((draft) => {
      draft.bazoum = 'restored';
      draft.bazoumRestoredDay = 40;
      draft.usTroops = 'withdrawn';
      draft.usWithdrawalAnnouncedDay = 10;
      draft.usWithdrawalCompletedDay = 30;
    });
    for (const candidate of nigerInvariants) expect(candidate.check(before, { ...values, day: 60 })).toBeUndefined();
  });

  const firstProblem = (state: ReturnType<typeof stateWith>, day: number) =>
    nigerInvariants.map((candidate) => candidate.check(state, { ...values, day })).find((message) => message !== undefined);

  it('catch US aid restored without an elected government, and accept it once Bazoum is back', () => {
    const without = stateWith((draft) => {
      draft.usAid = 'flowing';
      draft.usAidResumedDay = 30;
    });
    expect(firstProblem(without, 40)).toBe('US aid restored without a restoration or an elected government');
    const restored = stateWith((draft) => {
      draft.bazoum = 'restored';
      draft.bazoumRestoredDay = 25;
      draft.electedGovernmentDay = 25;
      draft.usAid = 'flowing';
      draft.usAidResumedDay = 26;
    });
    expect(firstProblem(restored, 40)).toBeUndefined();
  });

  it("catch France announcing its withdrawal after Bazoum's restoration", () => {
    const after = stateWith((draft) => {
      draft.bazoum = 'restored';
      draft.bazoumRestoredDay = 25;
      draft.electedGovernmentDay = 25;
      draft.frenchTroops = 'withdrawal-announced';
      draft.frenchWithdrawalAnnouncedDay = 30;
    });
    expect(firstProblem(after, 40)).toBe('French withdrawal announced after Bazoum was restored');
  });

  it('catch the Sahel juntas leaving ECOWAS without a cause, or after the junta fell', () => {
    const uncaused = stateWith((draft) => {
      draft.sahelExitDay = 30;
    });
    expect(firstProblem(uncaused, 40)).toBe('Sahel juntas left ECOWAS without an intervention or a pact');
    const afterFall = stateWith((draft) => {
      draft.maliPactDay = 5;
      draft.burkinaFasoPactDay = 5;
      draft.sahelPactDay = 6;
      draft.sahelExitDay = 30;
      draft.juntaFellDay = 20;
    });
    expect(firstProblem(afterFall, 40)).toBe('Sahel juntas left ECOWAS after the junta fell');
    const caused = stateWith((draft) => {
      draft.maliPactDay = 5;
      draft.burkinaFasoPactDay = 5;
      draft.sahelPactDay = 6;
      draft.sahelExitDay = 30;
    });
    expect(firstProblem(caused, 40)).toBeUndefined();
  });
});
