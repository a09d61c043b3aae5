import type { NigerActor } from '../../niger-rule.js';
import { sources } from '../../sources.js';
import { makeMemberRule, memberParameters } from './ecowas-member.js';

/** Ghana's stance on the Niger crisis as of 2023-08-08. */
export const ghanaParameters = memberParameters('ghana', 'Ghana', {
  forceWillingness: {
    default: 0.4,
    source: {
      ...sources.ecowasForce0804,
      assumedLevel: 'The report names likely contributors but gives no figures; the level is an assumption.',
      note: 'Uncommitted on the start date.',
    },
  },
  threatPerception: {
    default: 0.5,
    source: { assumption: 'No border with Niger; worried about spillover through Burkina Faso; mid-scale.' },
  },
  troopPledge: {
    default: 700,
    source: {
      ...sources.ecomig,
      assumedLevel: 'Ghana sent about 205 troops to The Gambia in 2017; a battalion-size pledge for a larger operation (assumption).',
    },
  },
});

/** Ghana: a voting ECOWAS member. Uncommitted; a regular troop contributor. */
export const ghanaActor: NigerActor = {
  id: 'ghana',
  name: 'Ghana',
  description: 'Uncommitted; a regular troop contributor.',
  rule: makeMemberRule('ghana', 'Ghana'),
  sources: [sources.ecowasSummit0730],
};
