import { simulate } from '@crisis-sim/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niger2023 } from '../src/index.js';
import { nigerInvariants } from '../src/invariants.js';
import type { NigerState } from '../src/state.js';
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

describe('niger-2023 invariants checked on action days only', () => {
  /** End-of-day states of a few traced runs: the situations the invariants meet. */
  const snapshots = [3, 8, 21, 40].flatMap((runIndex) => {
    const run = simulate(niger2023, { seed: 11, runIndex, mode: 'trace' });
    return (run.trace?.snapshots ?? []).map((state, day) => ({ state: state as NigerState, day }));
  });

  /** The fields `dynamics` writes, found by watching it write to every snapshot. */
  const moved = new Set<string>();
  for (const { state, day } of snapshots) {
    const copy = structuredClone(state);
    const recorder = new Proxy(copy, {
      set(target, key, value) {
        moved.add(String(key));
        return Reflect.set(target, key, value);
      },
    });
    const params = parametersWith();
    niger2023.dynamics?.(recorder, { day, horizon: params.horizonDays, params, rng: undefined as never, derived: values.derived });
  }

  const onActionDays = nigerInvariants.filter((candidate) => candidate.checkedOn === 'action-days');

  it('are all but values-in-bounds, which watches what the dynamics move', () => {
    expect(nigerInvariants.filter((candidate) => candidate.checkedOn !== 'action-days').map((candidate) => candidate.id)).toEqual([
      'values-in-bounds',
    ]);
    expect([...moved].sort()).toEqual(['antiFrench', 'cohesion', 'economicPain', 'hardline', 'publicSupport', 'talks', 'threat']);
  });

  it('cannot start failing on a day when only the dynamics moved: a state that passes still passes later, whatever they moved', () => {
    const fields = [...moved];
    // Day fields set at random (some in the future, some out of causal order) make failing states as well as passing ones.
    const dayFields = Object.keys(snapshots[0]?.state ?? {}).filter((key) => key.endsWith('Day'));
    let failing = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: snapshots.length - 1 }),
        fc.dictionary(fc.constantFrom(...dayFields), fc.integer({ min: -1, max: 200 }), { maxKeys: 3 }),
        fc.array(fc.double({ min: -0.5, max: 1.5, noNaN: true }), { minLength: fields.length, maxLength: fields.length }),
        fc.nat({ max: 30 }),
        (which, days, slow, later) => {
          const { state: snapshot, day } = snapshots[which] as { state: NigerState; day: number };
          const state = { ...structuredClone(snapshot), ...days } as NigerState;
          const moves = structuredClone(state) as unknown as Record<string, number>;
          fields.forEach((field, k) => {
            moves[field] = slow[k] as number;
          });
          for (const candidate of onActionDays) {
            const today = candidate.check(state, { ...values, day });
            const afterDynamics = candidate.check(moves as unknown as NigerState, { ...values, day });
            // Whatever the dynamics moved, the result is today's; days passing never break a passing state.
            expect(afterDynamics).toBe(today);
            if (today === undefined)
              expect(candidate.check(moves as unknown as NigerState, { ...values, day: day + later })).toBeUndefined();
            else failing++;
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(failing).toBeGreaterThan(0);
  });
});
