import { parameterFromReferenceClass } from '@crisis-sim/engine';
import { releasedLeadersExile } from '../precedents/released-leaders-exile.js';

/** Parameters of Bazoum's choices. */
export const bazoumParameters = {
  'bazoum.exileIfReleasedProbability': parameterFromReferenceClass(releasedLeadersExile, {
    description: 'Chance Bazoum leaves the country once released.',
    unit: 'probability',
    scale: 'probability',
  }),
};
