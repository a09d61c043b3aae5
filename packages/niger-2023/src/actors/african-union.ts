import { decide, idle } from '@crisis-sim/engine';
import type { NigerActor, NigerReducers, NigerRule } from '../niger-rule.js';
import { sources } from '../sources.js';
import type { AuForceStance } from '../state.js';
import type { AfricanUnionAction } from './african-union-action.js';

/**
 * The AU's rule: after its deadline lapses with the junta in place, the Peace and Security
 * Council meets once (a daily hazard) and decides on suspension and on its stance on force.
 */
const africanUnionRule: NigerRule = (state, { day, params, rng, derived }) => {
  if (state.auMetDay >= 0 || state.juntaFellDay >= 0 || state.bazoum === 'restored') return idle;
  if (day < params['au.deadlineDay'] || !rng.bernoulli(derived.auMeetingChance)) return undefined;
  const suspend = rng.bernoulli(params['au.suspensionProbability']);
  const u = rng.next();
  const oppose = params['au.opposeForceProbability'];
  const stance: Exclude<AuForceStance, 'undecided'> =
    u < oppose ? 'opposes' : u < oppose + params['au.endorseForceProbability'] ? 'endorses' : 'silent';
  const declaration = decide(
    { type: 'au/declare-force-stance', stance },
    `the AU Peace and Security Council ${stance === 'silent' ? 'takes no position on' : stance} force`,
  );
  return suspend ? [decide({ type: 'au/suspend-niger' }, 'the deadline lapsed: Niger is suspended from the AU'), declaration] : declaration;
};

/** Reducers of the AU's actions. */
export const africanUnionReducers: NigerReducers<AfricanUnionAction> = {
  'au/suspend-niger': (draft, _action, { day }) => {
    draft.auSuspendedDay = day;
  },
  'au/declare-force-stance': (draft, action, { day }) => {
    draft.auForceStance = action.stance;
    draft.auMetDay = day;
  },
};

/** The African Union: deadline, suspension, and a stance on force that may constrain ECOWAS. */
export const africanUnionActor: NigerActor = {
  id: 'african-union',
  name: 'African Union',
  description: 'Peace and Security Council: 15-day deadline, suspension, stance on force.',
  rule: africanUnionRule,
  sources: [sources.auPsc, sources.auSuspensions],
};
