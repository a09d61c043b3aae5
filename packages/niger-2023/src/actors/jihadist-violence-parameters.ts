import { param, parameterFromReferenceClass } from '@crisis-sim/engine';
import { nigerArmyAttacks } from '../precedents/niger-army-attacks.js';
import { sources } from '../sources.js';

/** Parameters of jihadist violence as a driver of the crisis. */
export const jihadistParameters = {
  'jihadist.majorAttackMedianDays': parameterFromReferenceClass(nigerArmyAttacks, {
    description: "Median days between jihadist attacks killing ten or more of Niger's soldiers (Tillaberi, Tahoua, Diffa).",
    unit: 'days',
    scale: 'median-days',
    min: 1,
    max: 3650,
  }),
  'jihadist.salienceDays': param.number({
    default: 30,
    min: 1,
    max: 365,
    unit: 'days',
    description:
      "Days after a major attack during which it weighs on ECOWAS's launch vote and on Washington's determination (the security argument).",
    source: {
      assumption:
        "A month: the news cycle of the attacks of 2019-2023 (funerals, national mourning of three days, the minister's revised tolls a week later) and the interval at which ECOWAS met on the juntas (a median of about five weeks, the `ecowas.reviewIntervalDays` class), so an attack is still in the room at the next summit. No document measures it.",
    },
  }),
  'ecowas.securityDamping': param.number({
    default: 0.3,
    min: 0,
    max: 1,
    unit: 'share',
    description:
      "Share of a member's support for launching an operation lost while a major jihadist attack is recent: an intervention would pull troops off the jihadist fronts and weaken the army fighting them.",
    source: {
      ...sources.nigeriaSenate0805,
      assumedLevel:
        "Nigeria's Senate and its northern senators, whose states border Niger and face insurgency, asked for diplomacy rather than force (2023-08-05); Benin, Togo and Ghana faced jihadist attacks in their north from 2021. The direction is theirs; the size, below `ecowas.warDeterrence` (0.5, the threatened regional war), is an assumption.",
    },
  }),
  'us.securityDamping': param.number({
    default: 0.3,
    min: 0,
    max: 1,
    unit: 'share',
    description:
      "Share of the pressure toward the US coup determination lost while a major jihadist attack is recent: Washington's counter-terrorism stake (Air Base 201, about 1,100 troops) argues for keeping the pause open.",
    source: {
      ...sources.nuland0807,
      assumedLevel:
        "Nuland came to Niamey to keep the security partnership alive and warned of what would be lost (2023-08-07); Egypt 2013, where the US never made a determination while it valued the security relationship, is the extreme of the class behind `us.determinationMedianDays`. The size, equal to ECOWAS's, is an assumption.",
    },
  }),
};
