import { decide, param } from '@crisis-sim/engine';
import { clamp01, hazardFromRate, rateFromMedian } from '../hazard.js';
import { memoByParams } from '../memo-by-params.js';
import type { NigerActor, NigerReducers, NigerRule } from '../niger-rule.js';
import type { NigerParameters } from '../parameters.js';
import { regionalSources } from '../regional-sources.js';

/** Benin reopens its border with Niger against the ECOWAS sanctions; `share` is the corridor's part of the bite. */
export type BeninBorderAction = { readonly type: 'benin/reopen-border'; readonly share: number };

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
  'benin.reopenMedianDays': param.number({
    default: 365,
    min: 1,
    max: 100000,
    unit: 'days',
    description:
      "Median days until Benin reopens its border against the sanctions, at full pressure (the rule scales the rate by Niger's economic pain, the mirror of Cotonou's lost transit, and by the pipeline factor).",
    source: {
      assumption:
        'Benin closed the border on the night of the summit and was leaning toward joining a force; no ECOWAS member broke ranks on sanctions in 2022 (Mali, Guinea), so a year at full pressure.',
    },
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

// The daily rate at full pain, pipeline included, once per parameter object.
const reopenRate = memoByParams(
  (params: NigerParameters) => rateFromMedian(params['benin.reopenMedianDays']) * params['benin.pipelineFactor'],
);

/**
 * Benin's rule: while the junta holds power under the full sanctions, Benin may reopen its
 * border, with a daily hazard whose pressure is Niger's economic pain (Cotonou loses the same
 * trade) times the pipeline factor. Once; a reopening takes the corridor's share of the bite
 * away (leakage).
 */
export const beninBorderRule: NigerRule = (state, { params, rng }) => {
  if (state.beninBorderReopenedDay >= 0 || state.sanctionsLevel < 2 || state.juntaFellDay >= 0 || state.bazoum === 'restored')
    return undefined;
  return rng.bernoulli(hazardFromRate(reopenRate(params) * state.economicPain))
    ? decide(
        { type: 'benin/reopen-border', share: params['benin.corridorShare'] },
        'Benin reopens its border with Niger: the corridor and the pipeline weigh more than the sanctions',
      )
    : undefined;
};

/** Reducers of Benin's border. */
export const beninBorderReducers: NigerReducers<BeninBorderAction> = {
  'benin/reopen-border': (draft, action, { day }) => {
    draft.beninBorderReopenedDay = day;
    draft.sanctionsLeak = clamp01(draft.sanctionsLeak + action.share * (1 - draft.sanctionsLeak));
  },
};

/** Benin's border with Niger and the pipeline to Seme (Benin's vote and pledge are in the member table). */
export const beninBorderActor: NigerActor = {
  id: 'benin-border',
  name: "Benin's border and the pipeline",
  description: 'The Cotonou-Niamey corridor, closed since 2023-07-30, and the Agadem-Seme pipeline.',
  rule: beninBorderRule,
  sources: [regionalSources.beninBorder0801, regionalSources.pipeline2019],
};
