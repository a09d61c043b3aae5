import { decide, idle } from '@crisis-sim/engine';
import type { NigerActor, NigerReducers, NigerRule } from '../niger-rule.js';
import { sources } from '../sources.js';
import type { FranceAction } from './france-action.js';
import { withOrderChance } from './french-notice.js';

/**
 * France's rule. The accords were denounced on 2023-08-03, so a withdrawal hazard runs from day
 * 0; it is raised by the ambassador's expulsion and by protests at the base. After an
 * announcement the garrison leaves on a fixed lag.
 */
const franceRule: NigerRule = (state, { day, params, rng, derived }) => {
  if (state.frenchTroops === 'withdrawal-announced') {
    return day - state.frenchWithdrawalAnnouncedDay >= params['france.withdrawalLagDays']
      ? decide({ type: 'france/complete-withdrawal' }, 'the last French troops leave Niger')
      : undefined;
  }
  if (state.frenchTroops !== 'present' || state.juntaFellDay >= 0 || state.intervention === 'succeeded') return idle;
  const expelled = state.frenchAmbassadorExpelledDay >= 0;
  const protested = state.frenchBaseProtestDay >= 0;
  const chance = expelled
    ? protested
      ? derived.franceWithdrawalChanceBoth
      : derived.franceWithdrawalChanceExpelled
    : protested
      ? derived.franceWithdrawalChanceProtest
      : derived.franceWithdrawalChance;
  // v2.2: once the junta has ordered the troops out, the order's own hazard competes with France's.
  const ordered = state.frenchTroopsOrderedOutDay >= 0;
  return rng.bernoulli(ordered ? withOrderChance(chance, derived.franceOrderedOutChance) : chance)
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
const franceSources = [sources.juntaAccords0803, sources.franceLeavesMali, sources.franceLeavesBurkina];

/** France. */
export const franceActor: NigerActor = {
  id: 'france',
  name: 'France',
  description: 'Aid suspended; about 1,500 troops and an ambassador the junta wants out.',
  rule: franceRule,
  sources: franceSources,
};
