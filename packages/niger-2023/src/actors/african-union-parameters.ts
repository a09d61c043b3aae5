import { param, parameterFromReferenceClass } from '@crisis-sim/engine';
import { auSuspensions } from '../precedents/au-suspensions.js';
import { sources } from '../sources.js';

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
