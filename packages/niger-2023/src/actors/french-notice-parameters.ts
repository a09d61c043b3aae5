import { param, parameterFromReferenceClass } from '@crisis-sim/engine';
import { foreignForceExits } from '../precedents/foreign-force-exits.js';
import { regionalSources } from '../regional-sources.js';

/** Parameters of the notice to France's troops and of France's answer to an order to leave. */
export const frenchNoticeParameters = {
  'france.noticeLapseDay': param.integer({
    default: 26,
    min: 0,
    max: 365,
    unit: 'day',
    prior: { kind: 'fixed' },
    description:
      'Day the 30-day notice given to the French forces on 2023-08-04 lapses (2023-09-03 = day 26); the junta can order the troops out only after it.',
    source: regionalSources.accordsNotice0804,
  }),
  'junta.orderTroopsOutMedianDays': param.number({
    // Set in the merge onto the derive hook by the rule below, replacing v2.2's 7 days, which was
    // chosen knowing the order came a day after the lapse: a backtest evaluates, it does not tune.
    default: 30,
    min: 1,
    max: 3650,
    unit: 'days',
    description:
      'Median days, once the notice has lapsed with French troops still present, until the junta declares them illegally present and orders them out, at full hardline (the rule scales the rate by hardline).',
    source: {
      ...regionalSources.accordsNotice0804,
      assumedLevel:
        "Rule: the median is the notice period the junta itself gave (30 days), the only timescale it stated for the French departure. No precedent measures the lag from a lapsed notice to an order: in Burkina Faso France agreed to go before its one-month notice ran out (January 2023); Mali's junta restated its demand that Danish troops leave two days after its first one (2022-01-24 and 2022-01-26; Reuters, 2022-01-27), but that was an immediate demand on troops it said had come without consent, one case, not a treaty notice, so it is not used as the level (assumption).",
    },
  }),
  'france.orderedOutMedianDays': parameterFromReferenceClass(foreignForceExits, {
    description:
      "Median days until France decides to withdraw once the junta has ordered its troops out: a hazard that competes with France's own (`france.withdrawalMedianDays` and its factors).",
    unit: 'days',
    scale: 'median-days',
    min: 1,
    max: 100000,
  }),
};
