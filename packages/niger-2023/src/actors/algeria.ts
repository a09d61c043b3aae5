import { decide, idle } from '@crisis-sim/engine';
import type { NigerActor, NigerReducers, NigerRule } from '../niger-rule.js';
import { sources } from '../sources.js';
import type { AlgeriaAction } from './algeria-action.js';

/**
 * Algeria's rule: a daily hazard of a mediation offer until it is made, and one decision on
 * its airspace the day after ECOWAS activates its standby force.
 */
const algeriaRule: NigerRule = (state, { params, rng, derived }) => {
  if (state.standby === 'activated' && state.algeriaAirspaceDecidedDay < 0) {
    const closed = rng.bernoulli(params['algeria.closeAirspaceProbability']);
    return decide(
      { type: 'algeria/decide-airspace', closed },
      closed ? 'Algeria closes its airspace to any operation against Niger' : 'Algeria protests but keeps its airspace open',
    );
  }
  // Statuses only reducers change: nothing to decide or draw until one does.
  if (state.algeriaMediationDay >= 0 || state.juntaFellDay >= 0 || state.transitionAgreedDay >= 0) return idle;
  return rng.bernoulli(derived.algeriaMediationChance)
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
