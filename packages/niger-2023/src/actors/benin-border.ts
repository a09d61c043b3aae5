import { decide, idle } from '@crisis-sim/engine';
import { clamp01, hazardFromRate } from '../hazard.js';
import type { NigerActor, NigerReducers, NigerRule } from '../niger-rule.js';
import { regionalSources } from '../regional-sources.js';
import type { BeninBorderAction } from './benin-border-action.js';

/**
 * Benin's rule: while the junta holds power under the full sanctions, Benin may reopen its
 * border, with a daily hazard whose pressure is Niger's economic pain (Cotonou loses the same
 * trade) times the pipeline factor. Once; a reopening takes the corridor's share of the bite
 * away (leakage).
 */
export const beninBorderRule: NigerRule = (state, { params, rng, derived }) => {
  if (state.beninBorderReopenedDay >= 0 || state.sanctionsLevel < 2 || state.juntaFellDay >= 0 || state.bazoum === 'restored') return idle;
  return rng.bernoulli(hazardFromRate(derived.beninReopenRate * state.economicPain))
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
