import type { NigerActor } from '../../niger-rule.js';
import { sources } from '../../sources.js';
import { makeMemberRule, memberParameters } from './ecowas-member.js';

/** Benin's stance on the Niger crisis as of 2023-08-08. */
export const beninParameters = memberParameters('benin', 'Benin', {
  forceWillingness: {
    default: 0.55,
    source: {
      ...sources.ecowasForce0804,
      assumedLevel: 'The report names likely contributors but gives no figures; the level is an assumption.',
      note: 'Leaning to take part by 2023-08-08, but a neighbour with much trade at stake.',
    },
  },
  threatPerception: {
    default: 0.8,
    source: { assumption: 'Shares a border with Niger and faces jihadist attacks in its north since 2021; highly exposed.' },
  },
  troopPledge: {
    default: 600,
    source: { assumption: 'A small army (about 12,000) already committed in its north: less than a full battalion.' },
  },
});

/** Benin: a voting ECOWAS member. Neighbour of Niger, leaning to take part. */
export const beninActor: NigerActor = {
  id: 'benin',
  name: 'Benin',
  description: 'Neighbour of Niger, leaning to take part.',
  rule: makeMemberRule('benin', 'Benin'),
  sources: [sources.ecowasSummit0730],
};
