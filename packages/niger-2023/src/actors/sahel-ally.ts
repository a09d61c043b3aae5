import { decide, idle } from '@crisis-sim/engine';
import { hazardFromRate } from '../hazard.js';
import type { NigerReducers, NigerRule } from '../niger-rule.js';
import type { NigerState } from '../state.js';
import type { SahelAllyAction } from './sahel-ally-action.js';

/** Mali or Burkina Faso: the two juntas that pledged to treat an intervention as war on themselves. */
export type SahelAlly = 'mali' | 'burkina-faso';

/**
 * The rule of a Sahel ally. The day after an ECOWAS operation is launched it decides, once,
 * whether its declared commitment holds (enter the war) or not. Before that, under threat, it
 * may sign a defence pact with Niger; the pact hazard scales with the perceived threat. The
 * three-way pact forms once both allies are bound to Niger, by a pact or by war at its side.
 * Mali, first in actor order, also announces the three juntas' exit from ECOWAS: the day after
 * an operation is launched (their pledge of 2023-07-31), or, once the pact has formed, with a
 * daily chance while the full sanctions are in force; never after the junta has fallen.
 */
export function makeSahelAllyRule(ally: SahelAlly, name: string): NigerRule {
  const isMali = ally === 'mali';
  const war = decide(
    { type: isMali ? 'mali/enter-war' : 'burkina-faso/enter-war' },
    `${name} honours its pledge: an attack on Niger is an attack on it`,
  );
  const stay = decide({ type: isMali ? 'mali/stay-out' : 'burkina-faso/stay-out' }, `${name} protests but does not send forces`);
  const pact = decide({ type: isMali ? 'mali/sign-pact' : 'burkina-faso/sign-pact' }, `${name} signs a mutual defence pact with Niger`);
  const trilateral = decide(
    { type: 'sahel/form-pact' },
    'Niger, Mali and Burkina Faso bind their bilateral pacts into a joint defence charter',
  );
  const exitOnWar = decide(
    { type: 'sahel/leave-ecowas', cause: 'intervention' },
    'Niger, Mali and Burkina Faso announce they are leaving ECOWAS, as pledged if it attacked',
  );
  const exitOnSanctions = decide(
    { type: 'sahel/leave-ecowas', cause: 'sanctions' },
    'Niger, Mali and Burkina Faso announce they are leaving ECOWAS, whose sanctions they call illegal',
  );
  return (state, { day, params, rng, derived }) => {
    // The decisions are constants: reusing them keeps quiet and busy days free of allocation.
    // Mali, as the first ally in actor order, formalises the three-way pact once both are bound
    // to Niger, by a signed pact or by fighting at its side: an attack on an ally is the very
    // reason for such a pact, not a bar to it.
    if (
      isMali &&
      state.sahelPactDay < 0 &&
      state.maliPactDay >= 0 &&
      state.burkinaFasoPactDay >= 0 &&
      state.mali !== 'stayed-out' &&
      state.burkinaFaso !== 'stayed-out'
    )
      return trilateral;
    const stance = isMali ? state.mali : state.burkinaFaso;
    const undecided = stance !== 'at-war' && stance !== 'stayed-out';
    if (undecided && state.interventionDay >= 0) {
      if (day <= state.interventionDay) return undefined;
      return rng.bernoulli(isMali ? params['mali.warCommitment'] : params['burkina-faso.warCommitment']) ? war : stay;
    }
    // The exit comes after Mali's own war decision: one decision a day per actor.
    let drew = false;
    if (isMali && state.sahelExitDay < 0 && state.juntaFellDay < 0 && state.bazoum !== 'restored') {
      if (state.interventionDay >= 0) return exitOnWar;
      if (state.sahelPactDay >= 0 && state.sanctionsLevel >= 2) {
        if (rng.bernoulli(derived.sahelExitChance)) return exitOnSanctions;
        drew = true;
      }
    }
    // Without a draw today, what is left depends on statuses only reducers change.
    if (!undecided) return drew ? undefined : idle;
    if (stance !== 'solidarity' || state.juntaFellDay >= 0 || state.transitionAgreedDay >= 0) return drew ? undefined : idle;
    return rng.bernoulli(hazardFromRate((isMali ? derived.maliPactRate : derived.burkinaFasoPactRate) * state.threat)) ? pact : undefined;
  };
}

function signPact(draft: NigerState, isMali: boolean, day: number): void {
  if (isMali) {
    draft.mali = 'allied';
    draft.maliPactDay = day;
  } else {
    draft.burkinaFaso = 'allied';
    draft.burkinaFasoPactDay = day;
  }
}

/** Reducers of the Sahel allies' actions. */
export const sahelAllyReducers: NigerReducers<SahelAllyAction> = {
  'mali/sign-pact': (draft, _action, { day }) => signPact(draft, true, day),
  'burkina-faso/sign-pact': (draft, _action, { day }) => signPact(draft, false, day),
  // Fighting at Niger's side binds an ally as a pact would: its pact day is the day it entered the war.
  'mali/enter-war': (draft, _action, { day }) => {
    draft.mali = 'at-war';
    draft.maliWarDay = day;
    if (draft.maliPactDay < 0) draft.maliPactDay = day;
  },
  'burkina-faso/enter-war': (draft, _action, { day }) => {
    draft.burkinaFaso = 'at-war';
    draft.burkinaFasoWarDay = day;
    if (draft.burkinaFasoPactDay < 0) draft.burkinaFasoPactDay = day;
  },
  'sahel/form-pact': (draft, _action, { day }) => {
    draft.sahelPactDay = day;
  },
  'sahel/leave-ecowas': (draft, _action, { day }) => {
    draft.sahelExitDay = day;
  },
  'mali/stay-out': (draft) => {
    draft.mali = 'stayed-out';
  },
  'burkina-faso/stay-out': (draft) => {
    draft.burkinaFaso = 'stayed-out';
  },
};
