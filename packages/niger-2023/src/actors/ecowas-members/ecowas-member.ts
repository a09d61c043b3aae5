import { decide, idle, reusableDecision } from '@crisis-sim/engine';
import { clamp01 } from '../../hazard.js';
import type { DerivedMember } from '../../niger-derived.js';
import type { NigerReducers, NigerRule, NigerValues } from '../../niger-rule.js';
import type { NigerState, SummitQuestion } from '../../state.js';
import { VOTING_MEMBERS, type VotingMember } from '../../voting-members.js';
import { attackIsRecent } from '../jihadist-violence.js';
import type { EcowasMemberAction } from './ecowas-member-action.js';

/**
 * Chance that a member present at a summit votes yes on `question`. On force questions it rises
 * with the member's own willingness and, through deference, with the bloc's mean willingness;
 * with every willingness at zero nobody backs force. A launch is also held back by the expected
 * cost of a regional war (`ecowas.warDeterrence`) and, while a major jihadist attack is recent,
 * by the security argument (`ecowas.securityDamping`: troops sent to Niamey are troops taken
 * off the jihadist fronts). Deals and easing are opposed in proportion to the member's willingness.
 */
export function memberBallotProbability(
  question: SummitQuestion,
  willingness: number,
  threatPerception: number,
  state: Pick<NigerState, 'talks' | 'auForceStance' | 'bazoum' | 'transitionMonths' | 'lastMajorAttackDay'>,
  { params, derived, day }: NigerValues,
): number {
  const threatFactor = 1 + params['ecowas.threatPerceptionWeight'] * (threatPerception - 0.5) * 2;
  // Members that would not act alone still tend to follow the bloc.
  const backing = clamp01(willingness + params['ecowas.deference'] * (1 - willingness) * derived.meanWillingness);
  switch (question) {
    case 'activate':
    case 'tighten':
      return clamp01(backing * threatFactor * params['ecowas.activationBoost']);
    case 'launch': {
      // Members weigh the regional war that Mali and Burkina Faso threatened (deterrence).
      let p = backing * threatFactor * (1 - params['ecowas.talksDamping'] * state.talks) * derived.warDeterrenceFactor;
      if (state.auForceStance === 'opposes') p *= 1 - params['ecowas.auOppositionDamping'];
      if (state.bazoum === 'harmed') p *= params['ecowas.harmBoost'];
      if (attackIsRecent(state, day, params)) p *= 1 - params['ecowas.securityDamping'];
      return clamp01(p);
    }
    case 'ease':
      return clamp01(1 - willingness * params['ecowas.dealHawkResistance']);
    case 'deal': {
      const acceptable = state.transitionMonths <= params['ecowas.acceptableTransitionMonths'];
      return clamp01(
        (1 - willingness * params['ecowas.dealHawkResistance']) * (acceptable ? 1 : params['ecowas.longTransitionAcceptance']),
      );
    }
  }
}

/**
 * A member's summit rule: on the first day it sees a summit open without its ballot, it
 * attends (or not) and votes. Members draw nothing between summits.
 */
export function makeMemberRule(member: VotingMember, name: string): NigerRule {
  const index = VOTING_MEMBERS.indexOf(member);
  // Ballots without a pledge never change, so they are built once, not at every summit; a yes
  // carries the pledge of the question, refilled at each vote (no allocation per ballot).
  const yes = reusableDecision<'ecowas-member/vote', EcowasMemberAction>(
    { type: 'ecowas-member/vote', member, ballot: 'yes', pledge: 0 },
    `${name} votes in favour`,
  );
  const absent = decide({ type: 'ecowas-member/vote', member, ballot: 'absent', pledge: 0 }, `${name} is not represented at the summit`);
  const no = decide({ type: 'ecowas-member/vote', member, ballot: 'no', pledge: 0 }, `${name} votes against`);
  return (state, context) => {
    // Eleven members run this every day; between summits they only read `summitOpen`.
    // A summit opens and a ballot is cast only by reducers: until one runs, nothing to decide or draw.
    if (!state.summitOpen || state.ballots[member] !== 'none') return idle;
    const { params, rng, derived } = context;
    if (!rng.bernoulli(params['ecowas.attendanceProbability'])) return absent;
    const question = state.summitQuestion;
    const own = derived.members[index] as DerivedMember;
    const p = memberBallotProbability(question, own.willingness, own.threatPerception, state, context);
    if (!rng.bernoulli(p)) return no;
    yes.action.pledge = question === 'activate' || question === 'launch' ? own.troopPledge : 0;
    return yes;
  };
}

/** Reducer of a member's ballot; pledges only change on questions about force. */
export const ecowasMemberReducers: NigerReducers<EcowasMemberAction> = {
  'ecowas-member/vote': (draft, action) => {
    draft.ballots[action.member] = action.ballot;
    if (draft.summitQuestion === 'activate' || draft.summitQuestion === 'launch') draft.pledges[action.member] = action.pledge;
  },
};
