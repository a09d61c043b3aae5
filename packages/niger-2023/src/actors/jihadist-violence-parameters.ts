import { param } from '@crisis-sim/engine';

/** Parameters of jihadist violence as a driver of the crisis. */
export const jihadistParameters = {
  'jihadist.majorAttackMedianDays': param.number({
    default: 45,
    min: 1,
    max: 3650,
    unit: 'days',
    description: "Median days between jihadist attacks killing ten or more of Niger's soldiers (Tillaberi, Tahoua, Diffa).",
    source: {
      assumption:
        "Attacks of that size hit Niger's army several times a year in 2021-2023 (IS Sahel and JNIM in Tillaberi and Tahoua, Boko Haram and ISWAP in Diffa); no dated count of them was found, so about one every six weeks is a guess.",
    },
  }),
};
