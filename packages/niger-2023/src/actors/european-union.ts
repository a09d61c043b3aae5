import { decide, idle } from '@crisis-sim/engine';
import { clamp01 } from '../hazard.js';
import type { NigerActor, NigerReducers, NigerRule } from '../niger-rule.js';
import { regionalSources } from '../regional-sources.js';
import type { NigerState } from '../state.js';
import type { EuropeanUnionAction } from './european-union-action.js';

/**
 * The EU's rule: it resumes its aid the day after a democratically elected government has taken
 * office (it "neither recognises nor will recognise" the junta, Borrell, 2023-07-29); while the
 * junta holds power under the full sanctions it adopts, once, a framework of its own with a
 * daily hazard from its reference class.
 */
export const europeanUnionRule: NigerRule = (state, { params, rng, derived }) => {
  if (state.euAidSuspended && state.electedGovernmentDay >= 0) {
    return decide({ type: 'eu/resume-aid' }, 'an elected government is in office: the EU resumes budget support');
  }
  if (state.euSanctionsDay >= 0 || state.juntaFellDay >= 0 || state.bazoum === 'restored' || state.sanctionsLevel < 2) return idle;
  return rng.bernoulli(derived.euSanctionsChance)
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
 * End-of-day effect of the EU's suspended aid: while it lasts, the long-run economic pain is
 * higher by `eu.aidPain`; moving pain by `step` = `economy.painAdjustRate` x `eu.aidPain` each
 * day after the main dynamics is the same first-order lag toward the raised target (`step` is
 * the scenario's derived `euAidPainStep`).
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
