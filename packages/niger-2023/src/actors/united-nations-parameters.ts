import { param } from '@crisis-sim/engine';

/** Parameters of the UN's humanitarian appeal. */
export const unitedNationsParameters = {
  'un.appealPain': param.number({
    default: 0.45,
    min: 0,
    max: 1,
    unit: 'economic pain',
    description: 'Economic pain at which the UN obtains humanitarian exemptions from the border closure (food, medicine, aid convoys).',
    source: {
      assumption:
        'Niger was among the largest humanitarian operations of the Sahel before the coup; once shortages bite (well above the start-date level 0.25, below the level at which ECOWAS itself eases, 0.85) the agencies win exemptions for their convoys (assumption).',
    },
  }),
  'un.exemptionLeak': param.number({
    default: 0.05,
    min: 0,
    max: 1,
    unit: 'share',
    description: "Share of the sanctions' bite lost to humanitarian exemptions once granted.",
    source: {
      assumption:
        'Exemptions cover aid convoys and some food and medicine, a small part of the trade the closure stops; a twentieth of the bite.',
    },
  }),
};
