import { idle } from '@crisis-sim/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeMemberRule, memberBallotProbability } from '../../../src/actors/ecowas-members/ecowas-member.js';
import { type SummitQuestion, VOTING_MEMBERS } from '../../../src/index.js';
import { contextFor, parametersWith, stateWith, valuesOf } from '../../fixtures.js';

const questions: SummitQuestion[] = ['activate', 'launch', 'tighten', 'ease', 'deal'];
const unit = fc.double({ min: 0, max: 1, noNaN: true });

describe('memberBallotProbability', () => {
  it('is a probability for any question, stance and situation', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...questions),
        unit,
        unit,
        unit,
        fc.boolean(),
        fc.integer({ min: 0, max: 84 }),
        (question, w, threat, talks, harmed, months) => {
          const state = stateWith((s) => {
            s.talks = talks;
            s.bazoum = harmed ? 'harmed' : 'detained';
            s.transitionMonths = months;
            s.auForceStance = 'opposes';
          });
          const p = memberBallotProbability(question, w, threat, state, valuesOf(parametersWith({ 'ecowas.harmBoost': 5 })));
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('is zero on force questions when every member is unwilling', () => {
    const zero = Object.fromEntries(VOTING_MEMBERS.map((member) => [`ecowas.${member}.forceWillingness`, 0]));
    const values = valuesOf(parametersWith(zero));
    for (const question of ['activate', 'launch', 'tighten'] as const)
      expect(memberBallotProbability(question, 0, 1, stateWith(), values)).toBe(0);
  });

  it('rises with willingness on force questions and falls with it on deals', () => {
    fc.assert(
      fc.property(unit, unit, unit, (a, b, threat) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const values = valuesOf(parametersWith());
        const state = stateWith();
        expect(memberBallotProbability('launch', high, threat, state, values)).toBeGreaterThanOrEqual(
          memberBallotProbability('launch', low, threat, state, values),
        );
        expect(memberBallotProbability('deal', high, threat, state, values)).toBeLessThanOrEqual(
          memberBallotProbability('deal', low, threat, state, values),
        );
      }),
    );
  });
});

describe('a member rule', () => {
  const rule = makeMemberRule('senegal', 'Senegal');
  if (rule === undefined) throw new Error('Senegal has a rule');

  it('draws and votes only while a summit is open and it has not voted', () => {
    const params = parametersWith();
    expect(rule(stateWith(), contextFor('senegal', 5, params))).toBe(idle);
    const open = stateWith((s) => {
      s.summitOpen = true;
    });
    const vote = rule(open, contextFor('senegal', 5, params));
    expect(vote !== undefined && !Array.isArray(vote) && 'action' in vote ? vote.action.type : undefined).toBe('ecowas-member/vote');
    open.ballots.senegal = 'yes';
    expect(rule(open, contextFor('senegal', 5, params))).toBe(idle);
  });
});
