import { decide, idle } from '@crisis-sim/engine';
import { hazardFromRate } from '../hazard.js';
import type { NigerActor, NigerReducers, NigerRule } from '../niger-rule.js';
import { regionalSources } from '../regional-sources.js';
import { sources } from '../sources.js';
import type { FrenchNoticeAction } from './french-notice-action.js';

/**
 * The daily chance that France announces its withdrawal once its troops have been ordered out:
 * its own daily chance `chance` and the order's, `orderChance` (the scenario's derived
 * `franceOrderedOutChance`, from the class of foreign forces told to leave by Sahel juntas), as
 * two independent risks.
 */
export function withOrderChance(chance: number, orderChance: number): number {
  return 1 - (1 - chance) * (1 - orderChance);
}

/**
 * The notice's rule: after the notice lapses (day `france.noticeLapseDay`), while the junta holds
 * power and France's troops are still there without a withdrawal announced, the junta orders
 * them out with a daily hazard scaled by its hardline stance. Once.
 */
export const frenchNoticeRule: NigerRule = (state, { day, params, rng, derived }) => {
  if (state.frenchTroopsOrderedOutDay >= 0 || state.frenchTroops !== 'present') return idle;
  if (state.juntaFellDay >= 0 || state.intervention === 'succeeded' || state.bazoum === 'restored') return idle;
  if (day < params['france.noticeLapseDay']) return undefined;
  return rng.bernoulli(hazardFromRate(derived.orderTroopsOutRate * state.hardline))
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
