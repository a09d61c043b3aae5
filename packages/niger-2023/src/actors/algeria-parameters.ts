import { param, parameterFromReferenceClass } from '@crisis-sim/engine';
import { algeriaOverflight } from '../precedents/algeria-overflight.js';
import { sources } from '../sources.js';

/** Parameters of Algeria's stance. */
export const algeriaParameters = {
  'algeria.mediationMedianDays': param.number({
    default: 60,
    min: 1,
    max: 3650,
    unit: 'days',
    description: 'Median days until Algeria puts a formal mediation plan forward.',
    source: {
      ...sources.tebboune0805,
      assumedLevel:
        "No precedent of a non-member's formal plan was found; two months, a horizon-scale guess. v1's 21 days coincided with Algeria's actual plan (29 August 2023), knowledge from after the start date: removed.",
      note: 'Tebboune said Algeria was "ready to help" and that there would be "no solution without us".',
    },
    prior: { kind: 'logNormal', median: 60, sigma: 0.7 },
  }),
  'algeria.mediationBoost': param.number({
    default: 0.5,
    min: 0,
    max: 3,
    unit: 'multiplier',
    description: 'Extra speed of talks (share) while an Algerian plan is on the table and the junta has accepted mediation.',
    source: { assumption: 'A neighbour the junta trusts more than ECOWAS can move talks faster; size is a guess.' },
  }),
  'algeria.closeAirspaceProbability': parameterFromReferenceClass(algeriaOverflight, {
    description: 'Chance Algeria closes its airspace to an operation once ECOWAS activates its force.',
    unit: 'probability',
    scale: 'probability',
  }),
  'algeria.airspacePenalty': param.number({
    default: 0.1,
    min: 0,
    max: 1,
    unit: 'share',
    description: "Share of an operation's daily chance of success lost if Algeria closes its airspace.",
    source: {
      assumption: 'ECOWAS forces would come from the south; only air support and supply from Europe would need Algerian airspace.',
    },
  }),
};
