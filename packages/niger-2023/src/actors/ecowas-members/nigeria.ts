import { decide, idle } from '@crisis-sim/engine';
import type { NigerActor, NigerReducers, NigerRule } from '../../niger-rule.js';
import { sources } from '../../sources.js';
import { makeMemberRule } from './ecowas-member.js';
import type { NigeriaAction } from './nigeria-action.js';

const memberRule = makeMemberRule('nigeria', 'Nigeria');

/**
 * Nigeria's rule: vote at summits like every member; besides, once the standby force is
 * ready (activation plus planning days) the President asks the Senate for approval (Constitution
 * s. 5(4)(b)); the Senate, which asked for diplomacy first, is less willing the further talks have
 * gone. He asks again if Bazoum is harmed after a refusal. Without approval Nigeria's troops do not count.
 */
const nigeriaRule: NigerRule = (state, context) => {
  // The member rule acts only while a summit is open: on other days it is not called at all.
  // Past this point the member rule was idle (it drew nothing): the rest decides whether Nigeria is.
  if (state.summitOpen) {
    const vote = memberRule(state, context);
    if (vote !== undefined && vote !== idle) return vote;
  }
  const { params, rng } = context;
  if (state.standby !== 'activated' || state.intervention !== 'none') return idle;
  if (state.nigeriaSenate === 'not-asked') {
    // Before the planning days have passed, the answer changes with the day alone.
    if (context.day - state.activationDay < params['ecowas.planningDays']) return undefined;
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
  // The Senate's standing and Bazoum's fate change only by reducers.
  return idle;
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
