import { decide, param, parameterFromReferenceClass } from '@crisis-sim/engine';
import { constantsOf } from '../niger-constants.js';
import type { NigerActor, NigerReducers, NigerRule } from '../niger-rule.js';
import { frenchWithdrawals } from '../precedents/french-withdrawals.js';
import { sources } from '../sources.js';
import { withOrderChance } from './french-notice.js';

/** What France does with its garrison (about 1,500 troops) and ambassador. Its aid is suspended from the start. */
export type FranceAction = { readonly type: 'france/announce-withdrawal' } | { readonly type: 'france/complete-withdrawal' };

/** Parameters of France's garrison decision. */
export const franceParameters = {
  'france.withdrawalMedianDays': parameterFromReferenceClass(frenchWithdrawals, {
    description:
      'Median days until France announces it will withdraw, with the accords denounced but the ambassador still in place (the ambassador factor and protests raise the rate).',
    unit: 'days',
    scale: 'median-days',
    min: 1,
    max: 100000,
  }),
  'france.ambassadorFactor': param.number({
    default: 8,
    min: 1,
    max: 20,
    unit: 'multiplier',
    description: 'Multiplier on the withdrawal hazard once the ambassador is expelled.',
    source: {
      ...sources.franceLeavesMali,
      note: "In Mali the withdrawal was announced 17 days after the ambassador's expulsion; in Burkina Faso about a week after the notice; 365 / 8 gives a median of about 6 weeks, allowing for Paris's refusal to recognise the junta.",
    },
  }),
  'france.protestFactor': param.number({
    default: 1.5,
    min: 1,
    max: 10,
    unit: 'multiplier',
    description: 'Further multiplier once crowds protest at the French base.',
    source: { assumption: 'Protests raise the cost of staying; a modest effect.' },
  }),
  'france.withdrawalLagDays': param.integer({
    default: 90,
    min: 1,
    max: 730,
    unit: 'days',
    description: 'Days from the announcement to the last French troops leaving.',
    source: {
      ...sources.franceLeavesBurkina,
      note: 'About one month for ~400 special forces in Burkina Faso (2023) and six months for Barkhane in Mali (2022, Elysee declaration of 2022-02-17); 1,500 troops sit between.',
    },
  }),
};

/**
 * France's rule. The accords were denounced on 2023-08-03, so a withdrawal hazard runs from day
 * 0; it is raised by the ambassador's expulsion and by protests at the base. After an
 * announcement the garrison leaves on a fixed lag.
 */
export const franceRule: NigerRule = (state, { day, params, rng }) => {
  const k = constantsOf(params);
  if (state.frenchTroops === 'withdrawal-announced') {
    return day - state.frenchWithdrawalAnnouncedDay >= k.franceWithdrawalLagDays
      ? decide({ type: 'france/complete-withdrawal' }, 'the last French troops leave Niger')
      : undefined;
  }
  if (state.frenchTroops !== 'present' || state.juntaFellDay >= 0 || state.intervention === 'succeeded') return undefined;
  const expelled = state.frenchAmbassadorExpelledDay >= 0;
  const protested = state.frenchBaseProtestDay >= 0;
  const chance = expelled
    ? protested
      ? k.franceWithdrawalChanceBoth
      : k.franceWithdrawalChanceExpelled
    : protested
      ? k.franceWithdrawalChanceProtest
      : k.franceWithdrawalChance;
  // v2.2: once the junta has ordered the troops out, the order's own hazard competes with France's.
  const ordered = state.frenchTroopsOrderedOutDay >= 0;
  return rng.bernoulli(ordered ? withOrderChance(chance, params['france.orderedOutMedianDays']) : chance)
    ? decide({ type: 'france/announce-withdrawal' }, 'Paris bows to the junta: troops and ambassador will leave')
    : undefined;
};

/** Reducers of France's actions. */
export const franceReducers: NigerReducers<FranceAction> = {
  'france/announce-withdrawal': (draft, _action, { day }) => {
    draft.frenchTroops = 'withdrawal-announced';
    draft.frenchWithdrawalAnnouncedDay = day;
  },
  'france/complete-withdrawal': (draft, _action, { day }) => {
    draft.frenchTroops = 'withdrawn';
    draft.frenchWithdrawalCompletedDay = day;
  },
};

/** Where France's stance and rule come from. */
export const franceSources = [sources.juntaAccords0803, sources.franceLeavesMali, sources.franceLeavesBurkina];

/** France. */
export const franceActor: NigerActor = {
  id: 'france',
  name: 'France',
  description: 'Aid suspended; about 1,500 troops and an ambassador the junta wants out.',
  rule: franceRule,
  sources: franceSources,
};
