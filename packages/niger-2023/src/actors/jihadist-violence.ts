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
  'jihadist.shock': param.number({
    default: 0.05,
    min: 0,
    max: 0.5,
    unit: 'share',
    description:
      "Share of the way an attack moves public support toward 1 (the junta's security argument: rally behind the army, sanctions blamed) and army cohesion toward 0 (losses, blame between units).",
    source: {
      assumption:
        'The junta gave "the deteriorating security situation" as its reason to seize power (statement of 2023-07-26), so an attack serves its argument and strains the army at once; a small shock, of the size of a rally (public.rallyBoost).',
    },
  }),
};

const attackChance = memoByParams((params: NigerParameters) => dailyHazardFromMedianDays(params['jihadist.majorAttackMedianDays']));

/**
 * Jihadist violence: a constant daily hazard of a major attack, whoever rules in Niamey. Each
 * attack moves the slow variables it drives (reducer), which then relax toward their targets.
 */
export const jihadistRule: NigerRule = (_state, { params, rng }) =>
  rng.bernoulli(attackChance(params))
    ? decide({ type: 'jihadists/major-attack', shock: params['jihadist.shock'] }, 'a jihadist attack kills ten or more soldiers')
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
