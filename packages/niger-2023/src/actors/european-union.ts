import { dailyHazardFromMedianDays, decide, param, parameterFromReferenceClass } from '@crisis-sim/engine';
import { clamp01 } from '../hazard.js';
import { memoByParams } from '../memo-by-params.js';
import type { NigerActor, NigerReducers, NigerRule } from '../niger-rule.js';
import type { NigerParameters } from '../parameters.js';
import { euSanctionsFrameworks } from '../precedents/eu-sanctions-frameworks.js';
import { regionalSources } from '../regional-sources.js';
import type { NigerState } from '../state.js';

/** What the EU does: resumes its aid under an elected government; backs ECOWAS with sanctions of its own. */
export type EuropeanUnionAction =
  | { readonly type: 'eu/resume-aid' }
  | { readonly type: 'eu/adopt-sanctions-framework'; readonly leakCut: number };

/** Parameters of the EU's aid and sanctions. */
export const europeanUnionParameters = {
  'eu.aidPain': param.number({
    default: 0.05,
    min: 0,
    max: 1,
    unit: 'economic pain',
    description:
      'Long-run economic pain the suspension of EU budget support and security cooperation adds while it lasts (on top of the sanctions).',
    source: {
      ...regionalSources.borrell0729,
      assumedLevel:
        "EUR 503 million over 2021-2024 is about EUR 125 million a year, the order of France's EUR 120 million of 2022 and far below the trade cut by the border closure (level 0.5): a tenth of that (assumption).",
    },
  }),
  'eu.sanctionsMedianDays': parameterFromReferenceClass(euSanctionsFrameworks, {
    description:
      'Median days, while the junta holds power under the full ECOWAS sanctions, until the Council of the EU sets up a framework of restrictive measures on Niger.',
    unit: 'days',
    scale: 'median-days',
    min: 1,
    max: 100000,
  }),
  'eu.leakCut': param.number({
    default: 0.2,
    min: 0,
    max: 1,
    unit: 'share',
    description:
      "Share of the sanctions' leakage removed once the EU has its own framework (listed persons and entities cut off from European banks and partners).",
    source: {
      assumption:
        'The EU framework for Mali (2021) listed persons obstructing the transition and forbade making funds available to them; it closes some routes around the ECOWAS freeze, not the land borders: a fifth of the leakage.',
    },
  }),
};

const sanctionsChance = memoByParams((params: NigerParameters) => dailyHazardFromMedianDays(params['eu.sanctionsMedianDays']));

/**
 * The EU's rule: it resumes its aid the day after a democratically elected government has taken
 * office (it "neither recognises nor will recognise" the junta, Borrell, 2023-07-29); while the
 * junta holds power under the full sanctions it adopts, once, a framework of its own with a
 * daily hazard from its reference class.
 */
export const europeanUnionRule: NigerRule = (state, { params, rng }) => {
  if (state.euAidSuspended && state.electedGovernmentDay >= 0) {
    return decide({ type: 'eu/resume-aid' }, 'an elected government is in office: the EU resumes budget support');
  }
  if (state.euSanctionsDay >= 0 || state.juntaFellDay >= 0 || state.bazoum === 'restored' || state.sanctionsLevel < 2) return undefined;
  return rng.bernoulli(sanctionsChance(params))
    ? decide(
        { type: 'eu/adopt-sanctions-framework', leakCut: params['eu.leakCut'] },
        'the Council of the EU sets up a framework of restrictive measures in support of ECOWAS',
      )
    : undefined;
};

/** Reducers of the EU's actions. */
export const europeanUnionReducers: NigerReducers<EuropeanUnionAction> = {
  'eu/resume-aid': (draft, _action, { day }) => {
    draft.euAidSuspended = false;
    draft.euAidResumedDay = day;
  },
  'eu/adopt-sanctions-framework': (draft, action, { day }) => {
    draft.euSanctionsDay = day;
    draft.sanctionsLeak = clamp01(draft.sanctionsLeak * (1 - action.leakCut));
  },
};

/**
 * The daily step of economic pain the suspended EU aid adds: `economy.painAdjustRate` x
 * `eu.aidPain`, once per parameter object (the dynamics run every day).
 */
export const euAidPainStep = memoByParams((params: NigerParameters) => params['economy.painAdjustRate'] * params['eu.aidPain']);

/**
 * End-of-day effect of the EU's suspended aid: while it lasts, the long-run economic pain is
 * higher by `eu.aidPain`; moving pain by `step` = `economy.painAdjustRate` x `eu.aidPain` each
 * day after the main dynamics is the same first-order lag toward the raised target. A plain
 * number, so it works however the caller reads its parameters.
 */
export function europeanUnionAidDynamics(draft: NigerState, step: number): void {
  if (draft.euAidSuspended) draft.economicPain = clamp01(draft.economicPain + step);
}

/** The European Union. */
export const europeanUnionActor: NigerActor = {
  id: 'european-union',
  name: 'European Union',
  description: 'Budget support and security cooperation suspended on 2023-07-29; may back ECOWAS with sanctions of its own.',
  rule: europeanUnionRule,
  sources: [regionalSources.borrell0729],
};
