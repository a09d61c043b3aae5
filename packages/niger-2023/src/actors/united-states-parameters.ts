import { param, parameterFromReferenceClass } from '@crisis-sim/engine';
import { foreignForceDrawdowns } from '../precedents/foreign-force-drawdowns.js';
import { foreignForceExits } from '../precedents/foreign-force-exits.js';
import { usCoupDeterminations } from '../precedents/us-coup-determinations.js';
import { sources } from '../sources.js';

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
