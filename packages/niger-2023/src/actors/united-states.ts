import { decide, param, parameterFromReferenceClass } from '@crisis-sim/engine';
import { hazardFromRate } from '../hazard.js';
import { constantsOf } from '../niger-constants.js';
import type { NigerActor, NigerReducers, NigerRule } from '../niger-rule.js';
import type { NigerParameters } from '../parameters.js';
import { foreignForceDrawdowns } from '../precedents/foreign-force-drawdowns.js';
import { foreignForceExits } from '../precedents/foreign-force-exits.js';
import { usCoupDeterminations } from '../precedents/us-coup-determinations.js';
import { sources } from '../sources.js';
import type { NigerState } from '../state.js';

/** What the US executive does. The legal consequences of a determination belong to the 7008 actor. */
export type UnitedStatesAction =
  | { readonly type: 'us/make-coup-determination' }
  | { readonly type: 'us/resume-paused-aid' }
  | { readonly type: 'us/announce-withdrawal' }
  | { readonly type: 'us/complete-withdrawal' }
  | { readonly type: 'us/halt-withdrawal' };

/** Parameters of the US executive. */
export const unitedStatesParameters = {
  'us.determinationMedianDays': parameterFromReferenceClass(usCoupDeterminations, {
    description:
      'Median days until the State Department calls it a coup, at full pressure (diplomacy failed: hardline junta, no talks); the rule scales the rate by that pressure and by the timetable.',
    unit: 'days',
    scale: 'median-days',
    min: 1,
    max: 100000,
  }),
  'us.longTransitionMonths': param.integer({
    default: 24,
    min: 6,
    max: 60,
    unit: 'months',
    description: 'Transition length above which Washington treats the timetable as stalling.',
    source: { ...sources.sahelTimetables, note: 'ECOWAS and its partners accepted 24 months as the norm in 2022.' },
  }),
  'us.longTransitionFactor': param.number({
    default: 1.5,
    min: 1,
    max: 5,
    unit: 'multiplier',
    description: 'Multiplier on the determination hazard once a long timetable is announced.',
    source: { assumption: 'A long timetable removes the hope of a quick return that justified the pause.' },
  }),
  'us.shortTransitionFactor': param.number({
    default: 0.6,
    min: 0,
    max: 1,
    unit: 'multiplier',
    description: 'Multiplier on the determination hazard while a timetable at or under the long-transition mark stands.',
    source: { assumption: 'A credible short transition gives the executive a reason to keep waiting.' },
  }),
  'us.withdrawalMedianDays': parameterFromReferenceClass(foreignForceExits, {
    description:
      'Median days until the US announces a troop withdrawal after the junta ends the basing arrangement, or under a regional war.',
    unit: 'days',
    scale: 'median-days',
    min: 1,
    max: 3650,
    note: 'No US force had been told to leave a Sahel state by 2023-08-08; the class is the foreign forces that had (Denmark, France, the UN).',
  }),
  'us.withdrawalLagDays': parameterFromReferenceClass(foreignForceDrawdowns, {
    description: 'Days from announcement to the last US troops leaving.',
    unit: 'days',
    scale: 'median-days',
    min: 1,
    max: 730,
    integer: true,
    note: 'The median of the class is used as the fixed lag; the US had about 1,100 troops and a drone base (Air Base 201), between the French forces in Burkina Faso and Mali in size.',
  }),
};

function determinationPressure(state: NigerState, params: NigerParameters): number {
  const k = constantsOf(params);
  let pressure = state.hardline * (1 - state.talks);
  if (state.transitionMonths > 0)
    pressure *= state.transitionMonths > k.longTransitionMonths ? k.longTransitionFactor : k.shortTransitionFactor;
  return pressure;
}

/**
 * Daily probability that the executive makes the section 7008 determination: zero once an
 * elected government is back, certain once Bazoum is harmed, otherwise a hazard that grows as
 * diplomacy fails (hardline junta, no talks) and with a long transition timetable.
 */
export function determinationHazard(state: NigerState, params: NigerParameters): number {
  if (state.usDeterminationDay >= 0 || state.electedGovernmentDay >= 0) return 0;
  if (state.bazoum === 'harmed') return 1;
  return hazardFromRate(constantsOf(params).determinationRate * determinationPressure(state, params));
}

/** The US executive's rule: the determination, resuming paused aid, and its troops. */
const unitedStatesRule: NigerRule = (state, { day, params, rng }) => {
  const k = constantsOf(params);
  if (state.usAid === 'paused' && state.usDeterminationDay < 0 && state.electedGovernmentDay >= 0) {
    return decide({ type: 'us/resume-paused-aid' }, 'Bazoum is back in office: the pause ends');
  }
  // With Bazoum back the junta's order to leave is void: a withdrawal under way stops, none starts.
  if (state.usTroops === 'withdrawal-announced' && state.bazoum === 'restored') {
    return decide({ type: 'us/halt-withdrawal' }, 'Bazoum is back in office: the US troops stay');
  }
  if (state.usTroops === 'withdrawal-announced' && day - state.usWithdrawalAnnouncedDay >= k.usWithdrawalLagDays) {
    return decide({ type: 'us/complete-withdrawal' }, 'the last US troops leave Niger');
  }
  const hazard = determinationHazard(state, params);
  if (hazard > 0 && rng.bernoulli(hazard)) {
    return decide({ type: 'us/make-coup-determination' }, 'diplomacy has failed: the State Department determines a coup took place');
  }
  if (state.usTroops === 'present' && state.bazoum !== 'restored') {
    const atWar = state.mali === 'at-war' || state.burkinaFaso === 'at-war';
    if ((state.usOrderedOutDay >= 0 || atWar) && rng.bernoulli(k.usWithdrawalChance)) {
      return decide(
        { type: 'us/announce-withdrawal' },
        atWar ? 'a regional war makes the bases untenable' : 'the junta has ended the basing arrangement',
      );
    }
  }
  return undefined;
};

/** Reducers of the US executive's actions. */
export const unitedStatesReducers: NigerReducers<UnitedStatesAction> = {
  'us/make-coup-determination': (draft, _action, { day }) => {
    draft.usDeterminationDay = day;
  },
  'us/resume-paused-aid': (draft, _action, { day }) => {
    draft.usAid = 'flowing';
    draft.usAidResumedDay = day;
  },
  'us/announce-withdrawal': (draft, _action, { day }) => {
    draft.usTroops = 'withdrawal-announced';
    draft.usWithdrawalAnnouncedDay = day;
  },
  'us/halt-withdrawal': (draft) => {
    draft.usTroops = 'present';
  },
  'us/complete-withdrawal': (draft, _action, { day }) => {
    // Decided on the start-of-day state: if Bazoum was restored earlier the same day, the troops stay.
    if (draft.bazoum === 'restored') return;
    draft.usTroops = 'withdrawn';
    draft.usWithdrawalCompletedDay = day;
  },
};

/** Where the US stance and rule come from. */
const unitedStatesSources = [sources.usPause0805, sources.nuland0807, sources.section7008, sources.burkinaDetermination];

/** United States (executive). */
export const unitedStatesActor: NigerActor = {
  id: 'united-states',
  name: 'United States (executive)',
  description: 'Aid paused on 2023-08-05; decides when to call it a coup; about 1,100 troops.',
  rule: unitedStatesRule,
  sources: unitedStatesSources,
};
