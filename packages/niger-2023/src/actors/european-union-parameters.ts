import { param, parameterFromReferenceClass } from '@crisis-sim/engine';
import { euSanctionsFrameworks } from '../precedents/eu-sanctions-frameworks.js';
import { regionalSources } from '../regional-sources.js';

/** Parameters of the EU's aid and sanctions. */
export const europeanUnionParameters = {
  'eu.aidPain': param.number({
    default: 0.05,
    min: 0,
    max: 1,
    unit: 'economic pain',
    description:
      'Long-run economic pain the suspension of EU budget support and security cooperation adds while it lasts (on top of the sanctions).',
    source: {
      ...regionalSources.borrell0729,
      assumedLevel:
        "EUR 503 million over 2021-2024 is about EUR 125 million a year, the order of France's EUR 120 million of 2022 and far below the trade cut by the border closure (level 0.5): a tenth of that (assumption).",
    },
  }),
  'eu.sanctionsMedianDays': parameterFromReferenceClass(euSanctionsFrameworks, {
    description:
      'Median days, while the junta holds power under the full ECOWAS sanctions, until the Council of the EU sets up a framework of restrictive measures on Niger.',
    unit: 'days',
    scale: 'median-days',
    min: 1,
    max: 100000,
  }),
  'eu.leakCut': param.number({
    default: 0.2,
    min: 0,
    max: 1,
    unit: 'share',
    description:
      "Share of the sanctions' leakage removed once the EU has its own framework (listed persons and entities cut off from European banks and partners).",
    source: {
      assumption:
        'The EU framework for Mali (2021) listed persons obstructing the transition and forbade making funds available to them; it closes some routes around the ECOWAS freeze, not the land borders: a fifth of the leakage.',
    },
  }),
};
