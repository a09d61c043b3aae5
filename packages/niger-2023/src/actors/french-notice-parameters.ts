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
    default: 7,
    min: 1,
    max: 3650,
    unit: 'days',
    description:
      'Median days, once the notice has lapsed with French troops still present, until the junta declares them illegally present and orders them out, at full hardline (the rule scales the rate by hardline).',
    source: {
      assumption:
        "The notice was the junta's own deadline, so a hardline junta restates it within days of its lapse; a week (no precedent: in Burkina Faso in January 2023 France agreed to go before its notice ran out).",
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
