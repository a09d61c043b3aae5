import { decide, idle } from '@crisis-sim/engine';
import type { NigerActor, NigerReducers, NigerRule } from '../niger-rule.js';
import { sources } from '../sources.js';
import type { GuineaAction } from './guinea-action.js';

/**
 * Guinea's rule: each time ECOWAS tightens sanctions, Guinea publicly refuses to apply them,
 * which slightly weakens their bite. It never votes (suspended) and never goes to war.
 */
const guineaRule: NigerRule = (state, { params }) => {
  if (state.sanctionsTightenedDay >= 0 && state.guineaLastRefusedDay < state.sanctionsTightenedDay) {
    return decide({ type: 'guinea/refuse-sanctions', leak: params['guinea.leakPerRefusal'] }, 'Conakry will not apply the new sanctions');
  }
  // Only a reducer tightens sanctions or records a refusal.
  return idle;
};

/** Reducers of Guinea's actions. */
export const guineaReducers: NigerReducers<GuineaAction> = {
  'guinea/refuse-sanctions': (draft, action, { day }) => {
    draft.guineaRefusals += 1;
    draft.guineaLastRefusedDay = day;
    draft.sanctionsLeak = Math.min(1, draft.sanctionsLeak + action.leak);
  },
};

/** Guinea: junta-led, suspended from ECOWAS; rejects sanctions and force, no war pledge. */
export const guineaActor: NigerActor = {
  id: 'guinea',
  name: 'Guinea',
  description: 'Junta-led, suspended from ECOWAS; refuses the sanctions and opposes force but promised no war.',
  rule: guineaRule,
  sources: [sources.guinea0731],
};
