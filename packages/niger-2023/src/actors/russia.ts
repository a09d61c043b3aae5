import { decide, idle } from '@crisis-sim/engine';
import type { NigerActor, NigerReducers, NigerRule } from '../niger-rule.js';
import { sources } from '../sources.js';
import type { RussiaAction } from './russia-action.js';

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
  // Waiting for the deployment day depends on the day; every other status changes only by a reducer.
  return state.russia === 'agreed' && state.juntaFellDay < 0 ? undefined : idle;
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
