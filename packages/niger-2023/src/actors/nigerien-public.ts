import { decide, param } from '@crisis-sim/engine';
import { hazardFromRate } from '../hazard.js';
import { constantsOf } from '../niger-constants.js';
import type { NigerActor, NigerReducers, NigerRule } from '../niger-rule.js';
import { sources } from '../sources.js';

/** What the public and youth do: rallies, night patrols, protests at the French base. */
export type PublicAction =
  | { readonly type: 'public/rally'; readonly boost: number }
  | { readonly type: 'public/protest-at-french-base'; readonly boost: number };

/** Parameters of public support and anti-French sentiment. */
export const publicParameters = {
  'public.initialSupport': param.number({
    default: 0.6,
    min: 0,
    max: 1,
    unit: 'share',
    description: 'Support for the junta on the start date.',
    source: {
      ...sources.airspace0806,
      assumedLevel:
        'Stadium rally of 2023-08-06, night checkpoints from 2023-08-03; no poll exists, so the level is an assumption above one half.',
    },
    prior: { kind: 'triangular', min: 0.35, mode: 0.6, max: 0.8 },
  }),
  'public.baseSupport': param.number({
    default: 0.45,
    min: 0,
    max: 1,
    unit: 'share',
    description: 'Support the junta would have with no threat and no economic pain.',
    source: { assumption: 'Slightly below the start level, which is lifted by the ultimatum (rally round the flag).' },
  }),
  'public.threatWeight': param.number({
    default: 0.4,
    min: 0,
    max: 1,
    unit: 'weight',
    description: 'Rally-round-the-flag effect of external threat on support.',
    source: {
      assumption:
        'Direction from the rallies that followed the ECOWAS ultimatum (AP and Reuters reports, 2023-08-03 to 08-06); size is a guess.',
    },
  }),
  'public.painWeight': param.number({
    default: 0.5,
    min: 0,
    max: 1,
    unit: 'weight',
    description: 'Erosion of support by economic pain.',
    source: { ...sources.powerCut, assumedLevel: 'Blackouts and border closure hit Niamey within days; size is an assumption.' },
  }),
  'public.adjustRate': param.number({
    default: 0.05,
    min: 0.001,
    max: 0.5,
    unit: 'share per day',
    description: 'Share of the gap to target support closed each day.',
    source: { assumption: 'Opinion follows events within a few weeks.' },
  }),
  'public.rallyThreat': param.number({
    default: 0.5,
    min: 0,
    max: 1,
    unit: 'threat',
    description: 'Threat above which rallies may be called.',
    source: { assumption: 'Rallies followed the ultimatum (threat high) in 2023-07-30 to 08-06.' },
  }),
  'public.rallyIntervalDays': param.integer({
    default: 7,
    min: 1,
    max: 60,
    unit: 'days',
    description: 'Minimum days between two large rallies.',
    source: { ...sources.airspace0806, note: 'Large rallies on 2023-07-30, 08-03 and 08-06: roughly weekly.' },
  }),
  'public.rallyBoost': param.number({
    default: 0.05,
    min: 0,
    max: 0.3,
    unit: 'share',
    description: 'Rise in support (and anti-French sentiment) from one rally or mobilisation call.',
    source: { assumption: 'Small step; repeated rallies add up.' },
  }),
  'public.initialAntiFrench': param.number({
    default: 0.7,
    min: 0,
    max: 1,
    unit: 'share',
    description: 'Anti-French sentiment on the start date.',
    source: {
      ...sources.juntaAccords0803,
      note: 'The French embassy was attacked on 2023-07-30 and the accords denounced on 08-03: high.',
    },
  }),
  'public.antiFrenchBase': param.number({
    default: 0.6,
    min: 0,
    max: 1,
    unit: 'share',
    description: 'Level anti-French sentiment returns to without rallies.',
    source: { assumption: 'Resentment of France predates the coup in the Sahel; it stays high.' },
  }),
  'public.protestMedianDays': param.number({
    default: 20,
    min: 1,
    max: 3650,
    unit: 'days',
    description: 'Median days until protests at the French base once the ambassador is expelled, at full anti-French sentiment.',
    source: { assumption: 'Protests followed each escalation with France in July-August 2023.' },
  }),
};

/**
 * The public's rule: when the threat is high it rallies (at most every `rallyIntervalDays`, with a
 * chance equal to support); after the French ambassador is expelled it may besiege the French base.
 */
const publicRule: NigerRule = (state, { day, params, rng }) => {
  if (state.juntaFellDay >= 0 || state.intervention === 'succeeded') return undefined;
  const k = constantsOf(params);
  if (state.frenchAmbassadorExpelledDay >= 0 && state.frenchBaseProtestDay < 0 && state.frenchTroops === 'present') {
    if (rng.bernoulli(hazardFromRate(k.protestRate * state.antiFrench))) {
      return decide(
        { type: 'public/protest-at-french-base', boost: params['public.rallyBoost'] },
        'crowds camp outside the French base in Niamey',
      );
    }
  }
  if (state.threat >= k.rallyThreat && day - state.lastRallyDay >= k.rallyIntervalDays) {
    if (rng.bernoulli(state.publicSupport)) {
      return decide({ type: 'public/rally', boost: params['public.rallyBoost'] }, 'a mass rally for the junta and against intervention');
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
