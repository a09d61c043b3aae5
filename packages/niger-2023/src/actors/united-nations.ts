import { decide, idle } from '@crisis-sim/engine';
import { clamp01 } from '../hazard.js';
import type { NigerActor, NigerReducers, NigerRule } from '../niger-rule.js';
import type { UnitedNationsAction } from './united-nations-action.js';

/**
 * The UN's rule: the Security Council takes no measures (it had taken none beyond press
 * statements on the Mali, Guinea and Burkina Faso coups), so the UN acts on the humanitarian
 * side only: the day economic pain reaches `un.appealPain` under the full sanctions, the
 * exemptions it asks for are granted, once. Deterministic: no draw.
 */
export const unitedNationsRule: NigerRule = (state, { params }) => {
  if (state.unExemptionDay >= 0 || state.sanctionsLevel < 2) return idle;
  // Economic pain moves daily with the dynamics: below the appeal level the answer may change tomorrow.
  if (state.economicPain < params['un.appealPain']) return undefined;
  return decide(
    { type: 'un/humanitarian-exemptions', leak: params['un.exemptionLeak'] },
    'UN agencies obtain humanitarian exemptions from the border closure',
  );
};

/** Reducers of the UN's action. */
export const unitedNationsReducers: NigerReducers<UnitedNationsAction> = {
  'un/humanitarian-exemptions': (draft, action, { day }) => {
    draft.unExemptionDay = day;
    draft.sanctionsLeak = clamp01(draft.sanctionsLeak + action.leak);
  },
};

/** The United Nations. */
export const unitedNationsActor: NigerActor = {
  id: 'united-nations',
  name: 'United Nations',
  description: 'No Security Council measures; the agencies press for humanitarian exemptions from the sanctions.',
  rule: unitedNationsRule,
};
