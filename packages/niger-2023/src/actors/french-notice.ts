import { dailyHazardFromMedianDays, decide, param, parameterFromReferenceClass } from '@crisis-sim/engine';
import { hazardFromRate, rateFromMedian } from '../hazard.js';
import { memoByParams } from '../memo-by-params.js';
import type { NigerActor, NigerReducers, NigerRule } from '../niger-rule.js';
import type { NigerParameters } from '../parameters.js';
import { foreignForceExits } from '../precedents/foreign-force-exits.js';
import { regionalSources } from '../regional-sources.js';
import { sources } from '../sources.js';

/** The junta enforces the notice it gave France's troops on 2023-08-04. */
export type FrenchNoticeAction = { readonly type: 'junta/order-french-troops-out' };

/** Parameters of the notice to France's troops and of France's answer to an order to leave. */
export const frenchNoticeParameters = {
  'france.noticeLapseDay': param.integer({
    default: 26,
    min: 0,
    max: 365,
    unit: 'day',
    prior: { kind: 'fixed' },
    description:
      'Day the 30-day notice given to the French forces on 2023-08-04 lapses (2023-09-03 = day 26); the junta can order the troops out only after it.',
    source: regionalSources.accordsNotice0804,
  }),
  'junta.orderTroopsOutMedianDays': param.number({
    default: 7,
    min: 1,
    max: 3650,
    unit: 'days',
    description:
      'Median days, once the notice has lapsed with French troops still present, until the junta declares them illegally present and orders them out, at full hardline (the rule scales the rate by hardline).',
    source: {
      assumption:
        "The notice was the junta's own deadline, so a hardline junta restates it within days of its lapse; a week (no precedent: in Burkina Faso in January 2023 France agreed to go before its notice ran out).",
    },
  }),
  'france.orderedOutMedianDays': parameterFromReferenceClass(foreignForceExits, {
    description:
      "Median days until France decides to withdraw once the junta has ordered its troops out: a hazard that competes with France's own (`france.withdrawalMedianDays` and its factors).",
    unit: 'days',
    scale: 'median-days',
    min: 1,
    max: 100000,
  }),
};

/**
 * The daily chance that France announces its withdrawal once its troops have been ordered out:
 * its own hazard `chance` and the order's, from the class of foreign forces told to leave by
 * Sahel juntas, as two independent risks. Plain numbers, so France's rule can call it however
 * it reads its parameters.
 */
export function withOrderChance(chance: number, orderedOutMedianDays: number): number {
  // France's rule calls this every day once the order is given: the exponential is redone only
  // when the median changes (a new parameter set).
  if (orderedOutMedianDays !== lastMedian) {
    lastMedian = orderedOutMedianDays;
    lastOrderChance = dailyHazardFromMedianDays(orderedOutMedianDays);
  }
  return 1 - (1 - chance) * (1 - lastOrderChance);
}

let lastMedian = Number.NaN;
let lastOrderChance = 0;

// The lapse day and the order's daily rate at full hardline, once per parameter object.
const noticeConstants = memoByParams((params: NigerParameters) => ({
  lapseDay: params['france.noticeLapseDay'],
  orderRate: rateFromMedian(params['junta.orderTroopsOutMedianDays']),
}));

/**
 * The notice's rule: after the notice lapses (day `france.noticeLapseDay`), while the junta holds
 * power and France's troops are still there without a withdrawal announced, the junta orders
 * them out with a daily hazard scaled by its hardline stance. Once.
 */
export const frenchNoticeRule: NigerRule = (state, { day, params, rng }) => {
  if (state.frenchTroopsOrderedOutDay >= 0 || state.frenchTroops !== 'present') return undefined;
  if (state.juntaFellDay >= 0 || state.intervention === 'succeeded' || state.bazoum === 'restored') return undefined;
  const notice = noticeConstants(params);
  if (day < notice.lapseDay) return undefined;
  return rng.bernoulli(hazardFromRate(notice.orderRate * state.hardline))
    ? decide(
        { type: 'junta/order-french-troops-out' },
        'the notice has lapsed: the junta declares the French forces illegally present and orders them out',
      )
    : undefined;
};

/** Reducers of the notice's action. */
export const frenchNoticeReducers: NigerReducers<FrenchNoticeAction> = {
  'junta/order-french-troops-out': (draft, _action, { day }) => {
    draft.frenchTroopsOrderedOutDay = day;
  },
};

/**
 * The junta's notice to France's troops, as an actor of its own (its own stream) so that the
 * junta's competing risks are unchanged by it.
 */
export const frenchNoticeActor: NigerActor = {
  id: 'french-notice',
  name: 'Junta: notice to French troops',
  description: 'The junta enforces the 30-day notice of 2023-08-04: once it lapses, it orders the French forces out.',
  rule: frenchNoticeRule,
  sources: [regionalSources.accordsNotice0804, sources.juntaAccords0803],
};
