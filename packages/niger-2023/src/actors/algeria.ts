import { decide, param } from '@crisis-sim/engine';
import { constantsOf } from '../niger-constants.js';
import type { NigerActor, NigerReducers, NigerRule } from '../niger-rule.js';
import { sources } from '../sources.js';

/** What Algeria does: offers mediation, and decides whether to close its airspace to an operation. */
export type AlgeriaAction =
  | { readonly type: 'algeria/offer-mediation' }
  | { readonly type: 'algeria/decide-airspace'; readonly closed: boolean };

/** Parameters of Algeria's stance. */
export const algeriaParameters = {
  'algeria.mediationMedianDays': param.number({
    default: 60,
    min: 1,
    max: 3650,
    unit: 'days',
    description: 'Median days until Algeria puts a formal mediation plan forward.',
    source: {
      ...sources.tebboune0805,
      assumedLevel:
        "No precedent of a non-member's formal plan was found; two months, a horizon-scale guess. v1's 21 days coincided with Algeria's actual plan (29 August 2023), knowledge from after the start date: removed.",
      note: 'Tebboune said Algeria was "ready to help" and that there would be "no solution without us".',
    },
    prior: { kind: 'logNormal', median: 60, sigma: 0.7 },
  }),
  'algeria.mediationBoost': param.number({
    default: 0.5,
    min: 0,
    max: 3,
    unit: 'multiplier',
    description: 'Extra speed of talks (share) while an Algerian plan is on the table and the junta has accepted mediation.',
    source: { assumption: 'A neighbour the junta trusts more than ECOWAS can move talks faster; size is a guess.' },
  }),
  'algeria.closeAirspaceProbability': param.number({
    default: 0.7,
    min: 0,
    max: 1,
    unit: 'probability',
    description: 'Chance Algeria closes its airspace to an operation once ECOWAS activates its force.',
    source: {
      ...sources.tebboune0805,
      assumedLevel:
        'Force "categorically" rejected as "a direct threat to Algeria"; refusing overflight is the cheapest way to act on it (assumption on the level).',
    },
  }),
  'algeria.airspacePenalty': param.number({
    default: 0.1,
    min: 0,
    max: 1,
    unit: 'share',
    description: "Share of an operation's daily chance of success lost if Algeria closes its airspace.",
    source: {
      assumption: 'ECOWAS forces would come from the south; only air support and supply from Europe would need Algerian airspace.',
    },
  }),
};

/**
 * Algeria's rule: a daily hazard of a mediation offer until it is made, and one decision on
 * its airspace the day after ECOWAS activates its standby force.
 */
const algeriaRule: NigerRule = (state, { params, rng }) => {
  if (state.standby === 'activated' && state.algeriaAirspaceDecidedDay < 0) {
    const closed = rng.bernoulli(params['algeria.closeAirspaceProbability']);
    return decide(
      { type: 'algeria/decide-airspace', closed },
      closed ? 'Algeria closes its airspace to any operation against Niger' : 'Algeria protests but keeps its airspace open',
    );
  }
  if (state.algeriaMediationDay >= 0 || state.juntaFellDay >= 0 || state.transitionAgreedDay >= 0) return undefined;
  return rng.bernoulli(constantsOf(params).algeriaMediationChance)
    ? decide({ type: 'algeria/offer-mediation' }, 'Algiers puts forward a mediation plan')
    : undefined;
};

/** Reducers of Algeria's actions. */
export const algeriaReducers: NigerReducers<AlgeriaAction> = {
  'algeria/offer-mediation': (draft, _action, { day }) => {
    draft.algeriaMediationDay = day;
  },
  'algeria/decide-airspace': (draft, action, { day }) => {
    draft.algeriaAirspaceDecidedDay = day;
    draft.algeriaAirspaceClosed = action.closed;
  },
};

/** Algeria: not in ECOWAS, about 950 km of border with Niger; firmly against force. */
export const algeriaActor: NigerActor = {
  id: 'algeria',
  name: 'Algeria',
  description: 'Neighbour outside ECOWAS; rejects force, offers mediation, may close its airspace to an operation.',
  rule: algeriaRule,
  sources: [sources.tebboune0805],
};
