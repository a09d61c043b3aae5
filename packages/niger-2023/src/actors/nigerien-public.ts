import { decide, idle, reusableDecision } from '@crisis-sim/engine';
import { hazardFromRate } from '../hazard.js';
import type { NigerActor, NigerReducers, NigerRule } from '../niger-rule.js';
import { sources } from '../sources.js';
import type { PublicAction } from './nigerien-public-action.js';

// Rallies are the public's most frequent decision (about one run-day in ten): one decision,
// refilled with the parameter's boost, instead of two new objects per rally. This rule is its
// only user.
const rally = reusableDecision<'public/rally', Extract<PublicAction, { type: 'public/rally' }>>(
  { type: 'public/rally', boost: 0 },
  'a mass rally for the junta and against intervention',
);

/**
 * The public's rule: when the threat is high it rallies (at most every `rallyIntervalDays`, with a
 * chance equal to support); after the French ambassador is expelled it may besiege the French base.
 */
const publicRule: NigerRule = (state, { day, params, rng, derived }) => {
  if (state.juntaFellDay >= 0 || state.intervention === 'succeeded') return idle;
  if (state.frenchAmbassadorExpelledDay >= 0 && state.frenchBaseProtestDay < 0 && state.frenchTroops === 'present') {
    if (rng.bernoulli(hazardFromRate(derived.protestRate * state.antiFrench))) {
      return decide(
        { type: 'public/protest-at-french-base', boost: params['public.rallyBoost'] },
        'crowds camp outside the French base in Niamey',
      );
    }
  }
  if (state.threat >= params['public.rallyThreat'] && day - state.lastRallyDay >= params['public.rallyIntervalDays']) {
    if (rng.bernoulli(state.publicSupport)) {
      rally.action.boost = params['public.rallyBoost'];
      return rally;
    }
  }
  return undefined;
};

/** Reducers of the public's actions. */
export const publicReducers: NigerReducers<PublicAction> = {
  'public/rally': (draft, action, { day }) => {
    draft.rallies += 1;
    draft.lastRallyDay = day;
    draft.publicSupport = Math.min(1, draft.publicSupport + action.boost);
    draft.antiFrench = Math.min(1, draft.antiFrench + action.boost);
  },
  'public/protest-at-french-base': (draft, action, { day }) => {
    draft.frenchBaseProtestDay = day;
    draft.antiFrench = Math.min(1, draft.antiFrench + action.boost);
  },
};

/** Where the public's stance comes from. */
const publicSources = [sources.juntaAccords0803, sources.airspace0806, sources.powerCut];

/** Nigerien public and youth. */
export const publicActor: NigerActor = {
  id: 'nigerien-public',
  name: 'Nigerien public and youth',
  description: 'Support for the junta, rallies, night patrols, anti-French protests.',
  rule: publicRule,
  sources: publicSources,
};
