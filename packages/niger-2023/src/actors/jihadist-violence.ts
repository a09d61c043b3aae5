import { decide } from '@crisis-sim/engine';
import { clamp01 } from '../hazard.js';
import type { NigerActor, NigerReducers, NigerRule } from '../niger-rule.js';
import type { NigerParameters } from '../parameters.js';
import type { NigerState } from '../state.js';
import type { JihadistAction } from './jihadist-violence-action.js';

/**
 * Jihadist violence: a constant daily hazard of a major attack, whoever rules in Niamey. Each
 * attack moves the slow variables it drives (reducer), which then relax toward their targets:
 * public support toward 1 (the junta's security argument: it gave "the deteriorating security
 * situation" as its reason to seize power, and an attack rallies the public behind the army
 * against the jihadists and the sanctions it blames) and army cohesion toward 0 (losses, blame
 * between units), each by the share of a rally (`public.rallyBoost`): an attack is taken to be
 * a rally-sized event, which adds no free weight to the model.
 */
export const jihadistRule: NigerRule = (_state, { params, rng, derived }) =>
  rng.bernoulli(derived.majorAttackChance)
    ? decide({ type: 'jihadists/major-attack', shock: params['public.rallyBoost'] }, 'a jihadist attack kills ten or more soldiers')
    : undefined;

/**
 * True while the last major attack is recent (within `jihadist.salienceDays`): the security
 * argument then weighs on ECOWAS's launch vote and on Washington's determination.
 */
export function attackIsRecent(state: Pick<NigerState, 'lastMajorAttackDay'>, day: number, params: NigerParameters): boolean {
  return state.lastMajorAttackDay >= 0 && day - state.lastMajorAttackDay < params['jihadist.salienceDays'];
}

/** Reducers of jihadist attacks. */
export const jihadistReducers: NigerReducers<JihadistAction> = {
  'jihadists/major-attack': (draft, action, { day }) => {
    draft.majorAttacks += 1;
    draft.lastMajorAttackDay = day;
    draft.publicSupport = clamp01(draft.publicSupport + action.shock * (1 - draft.publicSupport));
    draft.cohesion = clamp01(draft.cohesion - action.shock * draft.cohesion);
  },
};

/** Jihadist armed groups in Niger (IS Sahel, JNIM, Boko Haram, ISWAP), as one driver. */
export const jihadistActor: NigerActor = {
  id: 'jihadists',
  name: 'Jihadist violence',
  description: "Attacks on Niger's army: they feed the junta's security argument and strain its forces.",
  rule: jihadistRule,
};
