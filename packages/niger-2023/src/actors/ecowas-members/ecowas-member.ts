import { decide, type NumberParameter, param, type Source } from '@crisis-sim/engine';
import { clamp01 } from '../../hazard.js';
import { memberValueAt, setMemberValue } from '../../member-records.js';
import { constantsOf } from '../../niger-constants.js';
import type { NigerReducers, NigerRule } from '../../niger-rule.js';
import type { NigerParameters } from '../../parameters.js';
import type { NigerState, SummitQuestion } from '../../state.js';
import { VOTING_MEMBERS, type VotingMember } from '../../voting-members.js';

/** A member's ballot at a summit, with the troops it pledges if the question is about force. */
export type EcowasMemberAction = {
  readonly type: 'ecowas-member/vote';
  readonly member: VotingMember;
  readonly ballot: 'absent' | 'yes' | 'no';
  readonly pledge: number;
};

/** The three parameter keys every voting member has. */
export type MemberParameterKey<M extends VotingMember> =
  | `ecowas.${M}.forceWillingness`
  | `ecowas.${M}.threatPerception`
  | `ecowas.${M}.troopPledge`;

/** One of a member's values with its source. */
interface MemberValue {
  readonly default: number;
  readonly source: Source;
}

/** A member's three values: willingness to back force, threat perceived, troops it would pledge. */
export interface MemberValues {
  readonly forceWillingness: MemberValue;
  readonly threatPerception: MemberValue;
  readonly troopPledge: MemberValue;
}

/**
 * Builds a member's parameters: its willingness to use force (the chance it backs force when
 * nothing else moves it), how threatened it feels by the coup, and the troops it would pledge.
 */
export function memberParameters<M extends VotingMember>(
  member: M,
  name: string,
  values: MemberValues,
): { readonly [K in MemberParameterKey<M>]: NumberParameter } {
  return {
    [`ecowas.${member}.forceWillingness`]: param.number({
      default: values.forceWillingness.default,
      min: 0,
      max: 1,
      unit: 'probability',
      description: `${name}: chance of backing force at a summit before threat, talks and the AU modify it.`,
      source: values.forceWillingness.source,
      prior: { kind: 'truncatedNormal', mean: values.forceWillingness.default, sd: 0.15 },
    }),
    [`ecowas.${member}.threatPerception`]: param.number({
      default: values.threatPerception.default,
      min: 0,
      max: 1,
      unit: 'share',
      description: `${name}: how directly the coup threatens it (border, jihadist spillover, coup contagion).`,
      source: values.threatPerception.source,
    }),
    [`ecowas.${member}.troopPledge`]: param.integer({
      default: values.troopPledge.default,
      min: 0,
      max: 20_000,
      unit: 'troops',
      description: `${name}: troops it pledges when it votes for force.`,
      source: values.troopPledge.source,
    }),
  } as { readonly [K in MemberParameterKey<M>]: NumberParameter };
}

/**
 * Chance that a member present at a summit votes yes on `question`. On force questions it rises
 * with the member's own willingness and, through deference, with the bloc's mean willingness;
 * with every willingness at zero nobody backs force. A launch is also held back by the expected
 * cost of a regional war (`ecowas.warDeterrence`). Deals and easing are opposed in proportion
 * to the member's willingness.
 */
export function memberBallotProbability(
  question: SummitQuestion,
  willingness: number,
  threatPerception: number,
  state: Pick<NigerState, 'talks' | 'auForceStance' | 'bazoum' | 'transitionMonths'>,
  params: NigerParameters,
): number {
  const k = constantsOf(params);
  const threatFactor = 1 + k.threatPerceptionWeight * (threatPerception - 0.5) * 2;
  // Members that would not act alone still tend to follow the bloc.
  const backing = clamp01(willingness + k.deference * (1 - willingness) * k.meanWillingness);
  switch (question) {
    case 'activate':
    case 'tighten':
      return clamp01(backing * threatFactor * k.activationBoost);
    case 'launch': {
      // Members weigh the regional war that Mali and Burkina Faso threatened (deterrence).
      let p = backing * threatFactor * (1 - k.talksDamping * state.talks) * k.warDeterrenceFactor;
      if (state.auForceStance === 'opposes') p *= 1 - k.auOppositionDamping;
      if (state.bazoum === 'harmed') p *= k.harmBoost;
      return clamp01(p);
    }
    case 'ease':
      return clamp01(1 - willingness * k.dealHawkResistance);
    case 'deal': {
      const acceptable = state.transitionMonths <= k.acceptableTransitionMonths;
      return clamp01((1 - willingness * k.dealHawkResistance) * (acceptable ? 1 : k.longTransitionAcceptance));
    }
  }
}

/**
 * A member's summit rule: on the first day it sees a summit open without its ballot, it
 * attends (or not) and votes. Members draw nothing between summits.
 */
export function makeMemberRule(member: VotingMember, name: string): NigerRule {
  const index = VOTING_MEMBERS.indexOf(member);
  const yesReason = `${name} votes in favour`;
  // Ballots without a pledge never change, so they are built once, not at every summit.
  const absent = decide({ type: 'ecowas-member/vote', member, ballot: 'absent', pledge: 0 }, `${name} is not represented at the summit`);
  const no = decide({ type: 'ecowas-member/vote', member, ballot: 'no', pledge: 0 }, `${name} votes against`);
  return (state, context) => {
    // Eleven members run this every day; between summits they only read `summitOpen`.
    if (!state.summitOpen || memberValueAt(state.ballots, index) !== 'none') return undefined;
    const { params, rng } = context;
    const k = constantsOf(params);
    if (!rng.bernoulli(k.attendance)) return absent;
    const question = state.summitQuestion;
    const p = memberBallotProbability(question, k.willingness[index] ?? 0, k.threatPerception[index] ?? 0, state, params);
    if (!rng.bernoulli(p)) return no;
    const pledge = question === 'activate' || question === 'launch' ? (k.troopPledge[index] ?? 0) : 0;
    return decide({ type: 'ecowas-member/vote', member, ballot: 'yes', pledge }, yesReason);
  };
}

/** Reducer of a member's ballot; pledges only change on questions about force. */
export const ecowasMemberReducers: NigerReducers<EcowasMemberAction> = {
  'ecowas-member/vote': (draft, action) => {
    setMemberValue(draft.ballots, action.member, action.ballot);
    if (draft.summitQuestion === 'activate' || draft.summitQuestion === 'launch')
      setMemberValue(draft.pledges, action.member, action.pledge);
  },
};
