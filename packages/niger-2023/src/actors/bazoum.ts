import { decide, idle } from '@crisis-sim/engine';
import type { NigerActor, NigerReducers, NigerRule } from '../niger-rule.js';
import { sources } from '../sources.js';
import type { BazoumAction } from './bazoum-action.js';

/**
 * Bazoum's rule. His status is mostly set by others (detention, release, harm, restoration);
 * he decides one thing, once: whether to go into exile after a release.
 */
const bazoumRule: NigerRule = (state, { params, rng }) => {
  // Only a reducer releases Bazoum or records his choice: until one does, nothing to decide.
  if (state.bazoum !== 'released' || state.bazoumChoseDay >= 0) return idle;
  return rng.bernoulli(params['bazoum.exileIfReleasedProbability'])
    ? decide({ type: 'bazoum/go-into-exile' }, 'released, Bazoum leaves Niger')
    : decide({ type: 'bazoum/stay-in-niger' }, 'released, Bazoum stays in Niamey and still refuses to resign');
};

/** Reducers of Bazoum's actions. */
export const bazoumReducers: NigerReducers<BazoumAction> = {
  'bazoum/go-into-exile': (draft, _action, { day }) => {
    draft.bazoumChoseDay = day;
    if (draft.bazoum === 'released') draft.bazoum = 'exiled';
  },
  'bazoum/stay-in-niger': (draft, _action, { day }) => {
    draft.bazoumChoseDay = day;
  },
};

/** Where Bazoum's stance comes from. */
const bazoumSources = [sources.coup, sources.nuland0807];

/** Mohamed Bazoum. */
export const bazoumActor: NigerActor = {
  id: 'bazoum',
  name: 'Mohamed Bazoum',
  description: 'The elected president, detained since 2023-07-26; refuses to resign.',
  rule: bazoumRule,
  sources: bazoumSources,
};
