import { param, parameterFromReferenceClass } from '@crisis-sim/engine';
import { sanctionBorderClosures } from '../precedents/sanction-border-closures.js';
import { regionalSources } from '../regional-sources.js';

/** Parameters of Benin's border and the Niger-Benin pipeline. */
export const beninBorderParameters = {
  'benin.corridorShare': param.number({
    default: 0.6,
    min: 0,
    max: 1,
    unit: 'share',
    description: "Share of the sanctions' remaining bite that goes if Benin reopens its border (the Cotonou-Niamey corridor).",
    source: {
      ...regionalSources.beninBorder0801,
      assumedLevel:
        '"Most of Niger\'s imports" go through Cotonou; Nigeria\'s border and power cut stay, so a little over half the bite (assumption).',
    },
  }),
  'benin.reopenMedianDays': parameterFromReferenceClass(sanctionBorderClosures, {
    description:
      "Median days until Benin reopens its border against the sanctions, at full pressure (the rule scales the rate by Niger's economic pain, the mirror of Cotonou's lost transit, and by the pipeline factor).",
    unit: 'days',
    scale: 'median-days',
    min: 1,
    max: 100000,
  }),
  'benin.pipelineFactor': param.number({
    default: 1.5,
    min: 1,
    max: 10,
    unit: 'multiplier',
    description:
      "Multiplier on Benin's reopening hazard for the Agadem-Seme pipeline, whose transit fees and Niger's first crude exports need the border open.",
    source: {
      ...regionalSources.pipeline2019,
      assumedLevel:
        'The pipeline (42 months from September 2019) was due in 2023, so its stake weighs on Benin throughout the horizon; half as much again as the corridor alone (assumption).',
    },
  }),
};
