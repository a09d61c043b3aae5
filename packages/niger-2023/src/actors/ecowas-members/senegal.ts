import type { NigerActor } from '../../niger-rule.js';
import { sources } from '../../sources.js';
import { makeMemberRule, memberParameters } from './ecowas-member.js';

/** Senegal's stance on the Niger crisis as of 2023-08-08. */
export const senegalParameters = memberParameters('senegal', 'Senegal', {
  forceWillingness: {
    default: 0.75,
    source: {
      ...sources.senegal0803,
      note: 'Public commitment to send troops ("one coup too many"), tied to an ECOWAS decision: high, short of certain.',
    },
  },
  threatPerception: {
    default: 0.5,
    source: { assumption: 'No border with Niger; concern is coup contagion in the region, mid-scale.' },
  },
  troopPledge: {
    default: 1000,
    source: {
      ...sources.ecomig,
      assumedLevel:
        'Senegal supplied most of the 7,000 troops sent into The Gambia in 2017; for a distant theatre a reinforced battalion (assumption).',
    },
  },
});

/** Senegal: a voting ECOWAS member. Said on 2023-08-03 its soldiers would take part if ECOWAS decides to intervene. */
export const senegalActor: NigerActor = {
  id: 'senegal',
  name: 'Senegal',
  description: 'Said on 2023-08-03 its soldiers would take part if ECOWAS decides to intervene.',
  rule: makeMemberRule('senegal', 'Senegal'),
  sources: [sources.ecowasSummit0730],
};
