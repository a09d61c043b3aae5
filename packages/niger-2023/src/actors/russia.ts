import { decide, param } from '@crisis-sim/engine';
import type { NigerActor, NigerReducers, NigerRule } from '../niger-rule.js';
import { sources } from '../sources.js';

/** What Russia / Wagner does: answers an invitation, then deploys after a lag. */
export type RussiaAction =
  | { readonly type: 'russia/answer-invitation'; readonly accept: boolean; readonly deployDay: number }
  | { readonly type: 'russia/deploy' };

/** Parameters of Russia / Wagner. */
export const russiaParameters = {
  'russia.acceptProbability': param.number({
    default: 0.5,
    min: 0,
    max: 1,
    unit: 'probability',
    description: 'Chance Russia / Wagner accepts a formal invitation from the junta.',
    source: {
      ...sources.kremlin,
      assumedLevel:
        "The Kremlin publicly called for constitutional order, and Wagner's command was in flux after the June 2023 mutiny (Wagner mutiny, 23-24 June 2023); against that, Wagner had answered Mali's call. Even odds (assumption).",
    },
    prior: { kind: 'beta', alpha: 2, beta: 2 },
  }),
  'russia.deploymentLagMinDays': param.integer({
    default: 14,
    min: 0,
    max: 365,
    unit: 'days',
    description: 'Shortest delay between acceptance and the first deployment.',
    source: { assumption: 'Wagner already operated next door in Mali, so a first contingent could move within weeks.' },
  }),
  'russia.deploymentLagMaxDays': param.integer({
    default: 60,
    min: 0,
    max: 730,
    unit: 'days',
    description: 'Longest delay between acceptance and the first deployment.',
    source: {
      ...sources.wagnerMali,
      note: "Mali's deal was reported in September 2021 and deployments in December 2021 (about 3 months); 60 days allows for proximity.",
    },
  }),
  'russia.troops': param.integer({
    default: 1000,
    min: 0,
    max: 10_000,
    unit: 'troops',
    description: "Russian / Wagner personnel that would reinforce the junta's defence.",
    source: { ...sources.wagnerMali, note: 'About 1,000-1,500 in Mali by 2022 (Western government estimates).' },
  }),
};

/**
 * Russia's rule: it deploys only if invited. The day after an invitation it answers once
 * (drawing acceptance and the deployment day); if it agreed, it deploys on that day.
 */
const russiaRule: NigerRule = (state, { day, params, rng }) => {
  if (state.russia === 'invited') {
    const accept = rng.bernoulli(params['russia.acceptProbability']);
    const low = params['russia.deploymentLagMinDays'];
    const high = Math.max(low, params['russia.deploymentLagMaxDays']);
    const deployDay = day + rng.integer(low, high);
    return decide(
      { type: 'russia/answer-invitation', accept, deployDay },
      accept ? 'Moscow agrees to send Wagner personnel' : 'Moscow declines and repeats its call for constitutional order',
    );
  }
  if (state.russia === 'agreed' && day >= state.russiaDeployDay && state.juntaFellDay < 0) {
    return decide({ type: 'russia/deploy' }, 'the first Russian contingent lands in Niamey');
  }
  return undefined;
};

/** Reducers of Russia's actions. */
export const russiaReducers: NigerReducers<RussiaAction> = {
  'russia/answer-invitation': (draft, action) => {
    draft.russia = action.accept ? 'agreed' : 'declined';
    draft.russiaDeployDay = action.accept ? action.deployDay : -1;
  },
  'russia/deploy': (draft, _action, { day }) => {
    draft.russia = 'deployed';
    draft.russiaDeployDay = day;
  },
};

/** Russia / Wagner: no confirmed presence on the start date; deploys only if invited. */
export const russiaActor: NigerActor = {
  id: 'russia',
  name: 'Russia / Wagner',
  description: "Deploys only on the junta's invitation, with a chance of refusing and a lag.",
  rule: russiaRule,
  sources: [sources.wagner0805, sources.kremlin, sources.wagnerMali, sources.prigozhinMutiny],
};
