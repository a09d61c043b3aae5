import { decide, param, parameterFromReferenceClass } from '@crisis-sim/engine';
import { constantsOf } from '../niger-constants.js';
import type { NigerActor, NigerReducers, NigerRule } from '../niger-rule.js';
import { auSuspensions } from '../precedents/au-suspensions.js';
import { sources } from '../sources.js';
import type { AuForceStance } from '../state.js';

/** What the African Union's Peace and Security Council decides after its deadline. */
export type AfricanUnionAction =
  | { readonly type: 'au/suspend-niger' }
  | { readonly type: 'au/declare-force-stance'; readonly stance: Exclude<AuForceStance, 'undecided'> };

/** Parameters of the African Union. */
export const africanUnionParameters = {
  'au.deadlineDay': param.integer({
    default: 4,
    min: 0,
    max: 60,
    unit: 'day',
    description: "Day the AU's 15-day deadline lapses (2023-07-28 + 15 days = 2023-08-12 = day 4).",
    source: sources.auPsc,
  }),
  'au.meetingMedianDays': param.number({
    default: 7,
    min: 1,
    max: 365,
    unit: 'days',
    description: 'Median days after the deadline until the Peace and Security Council meets and decides.',
    source: { ...sources.auSuspensions, note: 'The PSC acted 1 to 7 days after the Mali, Guinea and Burkina Faso coups.' },
  }),
  'au.suspensionProbability': parameterFromReferenceClass(auSuspensions, {
    description: 'Chance the PSC suspends Niger when it meets.',
    unit: 'probability',
    scale: 'probability',
  }),
  'au.opposeForceProbability': param.number({
    default: 0.45,
    min: 0,
    max: 1,
    unit: 'probability',
    description: 'Chance the PSC comes out against the use of force.',
    source: {
      ...sources.auPsc,
      assumedLevel:
        'The communique demanded a return to barracks but said nothing of force; slightly below even odds because the PSC usually defers to the regional body (assumption).',
    },
  }),
  'au.endorseForceProbability': param.number({
    default: 0.15,
    min: 0,
    max: 1,
    unit: 'probability',
    description: "Chance the PSC endorses ECOWAS's use of force (the rest of the mass: no explicit position).",
    source: {
      ...sources.ecomig,
      assumedLevel:
        "The PSC endorsed ECOWAS's stance on The Gambia in January 2017, but that followed an election, not a coup with armed neighbours pledging war (assumption).",
    },
  }),
};

/**
 * The AU's rule: after its deadline lapses with the junta in place, the Peace and Security
 * Council meets once (a daily hazard) and decides on suspension and on its stance on force.
 */
const africanUnionRule: NigerRule = (state, { day, params, rng }) => {
  if (state.auMetDay >= 0 || state.juntaFellDay >= 0 || state.bazoum === 'restored') return undefined;
  const k = constantsOf(params);
  if (day < k.auDeadlineDay || !rng.bernoulli(k.auMeetingChance)) return undefined;
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
