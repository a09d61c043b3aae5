import { decide, param } from '@crisis-sim/engine';
import { constantsOf } from '../../niger-constants.js';
import type { NigerActor, NigerReducers, NigerRule } from '../../niger-rule.js';
import { sources } from '../../sources.js';
import { makeMemberRule, memberParameters } from './ecowas-member.js';

/** Nigeria's Senate on sending troops abroad. */
export type NigeriaAction = { readonly type: 'nigeria/senate-decides'; readonly approved: boolean };

/** Nigeria's stance, and the Senate that must approve a deployment abroad. */
export const nigeriaParameters = {
  ...memberParameters('nigeria', 'Nigeria', {
    forceWillingness: {
      default: 0.8,
      source: {
        ...sources.nigeriaSenate0805,
        note: 'As ECOWAS chair, Tinubu led the push and told the Senate of a "military build-up" (letter of 2023-08-04); the Senate\'s reluctance is modelled separately.',
      },
    },
    threatPerception: {
      default: 0.8,
      source: {
        assumption: 'About 1,500 km of border with Niger, shared Hausa communities and the electricity link: the most exposed member.',
      },
    },
    troopPledge: {
      default: 3000,
      source: {
        assumption:
          "The region's largest army, but heavily committed at home (North-East, North-West); no figure was public by 2023-08-08. Nigeria sent about 200 troops to The Gambia in 2017, where Senegal led.",
      },
    },
  }),
  'nigeria.senateApprovalProbability': param.number({
    default: 0.35,
    min: 0,
    max: 1,
    unit: 'probability',
    description:
      'Chance the Senate approves a combat deployment when asked once the standby force is ready, before any progress in talks (scaled by 1 - talks).',
    source: {
      ...sources.nigeriaSenate0805,
      assumedLevel:
        'The Senate urged "political and diplomatic options" and northern senators rejected force, but it also pledged support to ECOWAS and the ruling party holds a majority (assumption on the level). Legal basis: Constitution of Nigeria 1999, s. 5(4)(b).',
    },
    prior: { kind: 'beta', alpha: 3.5, beta: 6.5 },
  }),
  'nigeria.senateApprovalIfHarmed': param.number({
    default: 0.7,
    min: 0,
    max: 1,
    unit: 'probability',
    description: 'Chance the Senate approves when asked again after Bazoum has been harmed.',
    source: { assumption: 'Harm to an elected president would shift the debate in the Senate toward action.' },
  }),
};

const memberRule = makeMemberRule('nigeria', 'Nigeria');

/**
 * Nigeria's rule: vote at summits like every member; besides, once the standby force is
 * ready (activation plus planning days) the President asks the Senate for approval (Constitution
 * s. 5(4)(b)); the Senate, which asked for diplomacy first, is less willing the further talks have
 * gone. He asks again if Bazoum is harmed after a refusal. Without approval Nigeria's troops do not count.
 */
const nigeriaRule: NigerRule = (state, context) => {
  const vote = memberRule(state, context);
  if (vote !== undefined) return vote;
  const { params, rng } = context;
  if (state.standby !== 'activated' || state.intervention !== 'none') return undefined;
  if (state.nigeriaSenate === 'not-asked' && context.day - state.activationDay >= constantsOf(params).planningDays) {
    const approved = rng.bernoulli(params['nigeria.senateApprovalProbability'] * (1 - state.talks));
    return decide(
      { type: 'nigeria/senate-decides', approved },
      approved ? 'the Senate approves a deployment under s. 5(4)(b)' : 'the Senate withholds approval and urges diplomacy',
    );
  }
  if (state.nigeriaSenate === 'refused' && state.bazoum === 'harmed') {
    const approved = rng.bernoulli(params['nigeria.senateApprovalIfHarmed']);
    return decide(
      { type: 'nigeria/senate-decides', approved },
      approved ? 'after harm to Bazoum the Senate approves a deployment' : 'the Senate refuses again',
    );
  }
  return undefined;
};

/** Reducers of Nigeria's own actions. */
export const nigeriaReducers: NigerReducers<NigeriaAction> = {
  'nigeria/senate-decides': (draft, action) => {
    if (action.approved) draft.nigeriaSenate = 'approved';
    else draft.nigeriaSenate = draft.nigeriaSenate === 'not-asked' ? 'refused' : 'refused-twice';
  },
};

/** Nigeria: ECOWAS chair and the pivotal troop contributor, constrained by its Senate. */
export const nigeriaActor: NigerActor = {
  id: 'nigeria',
  name: 'Nigeria',
  description: "ECOWAS chair; pushes hardest for force; its troops need the Senate's approval.",
  rule: nigeriaRule,
  sources: [sources.nigeriaSenate0805, sources.nigeriaConstitution, sources.powerCut],
};
