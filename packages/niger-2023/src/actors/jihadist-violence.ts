import { dailyHazardFromMedianDays, decide, param } from '@crisis-sim/engine';
import { clamp01 } from '../hazard.js';
import { memoByParams } from '../memo-by-params.js';
import type { NigerActor, NigerReducers, NigerRule } from '../niger-rule.js';
import type { NigerParameters } from '../parameters.js';

/** A jihadist attack that kills ten or more soldiers; `shock` is its effect on support and cohesion. */
export type JihadistAction = { readonly type: 'jihadists/major-attack'; readonly shock: number };

/** Parameters of jihadist violence as a driver of the crisis. */
export const jihadistParameters = {
  'jihadist.majorAttackMedianDays': param.number({
    default: 45,
    min: 1,
    max: 3650,
    unit: 'days',
    description: "Median days between jihadist attacks killing ten or more of Niger's soldiers (Tillaberi, Tahoua, Diffa).",
    source: {
      assumption:
        "Attacks of that size hit Niger's army several times a year in 2021-2023 (IS Sahel and JNIM in Tillaberi and Tahoua, Boko Haram and ISWAP in Diffa); no dated count of them was found, so about one every six weeks is a guess.",
    },
  }),
};

const attackChance = memoByParams((params: NigerParameters) => dailyHazardFromMedianDays(params['jihadist.majorAttackMedianDays']));

/**
 * Jihadist violence: a constant daily hazard of a major attack, whoever rules in Niamey. Each
 * attack moves the slow variables it drives (reducer), which then relax toward their targets:
 * public support toward 1 (the junta's security argument: it gave "the deteriorating security
 * situation" as its reason to seize power, and an attack rallies the public behind the army
 * against the jihadists and the sanctions it blames) and army cohesion toward 0 (losses, blame
 * between units), each by the share of a rally (`public.rallyBoost`): an attack is taken to be
 * a rally-sized event, which adds no free weight to the model.
 */
export const jihadistRule: NigerRule = (_state, { params, rng }) =>
  rng.bernoulli(attackChance(params))
    ? decide({ type: 'jihadists/major-attack', shock: params['public.rallyBoost'] }, 'a jihadist attack kills ten or more soldiers')
    : undefined;

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
