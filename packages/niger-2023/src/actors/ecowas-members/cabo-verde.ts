import type { NigerActor } from '../../niger-rule.js';
import { sources } from '../../sources.js';
import { makeMemberRule, memberParameters } from './ecowas-member.js';

/** Cabo Verde's stance on the Niger crisis as of 2023-08-08. */
export const caboVerdeParameters = memberParameters('cabo-verde', 'Cabo Verde', {
  forceWillingness: {
    default: 0.05,
    source: {
      ...sources.ecowasForce0804,
      assumedLevel: 'The report names likely contributors but gives no figures; the level is an assumption.',
      note: 'Publicly against the use of force by 2023-08-08.',
    },
  },
  threatPerception: {
    default: 0.2,
    source: { assumption: 'An island state far from the Sahel, with stable democratic institutions.' },
  },
  troopPledge: {
    default: 0,
    source: { assumption: 'Cabo Verde had no expeditionary capacity and opposed force.' },
  },
});

/** Cabo Verde: a voting ECOWAS member. Against the use of force. */
export const caboVerdeActor: NigerActor = {
  id: 'cabo-verde',
  name: 'Cabo Verde',
  description: 'Against the use of force.',
  rule: makeMemberRule('cabo-verde', 'Cabo Verde'),
  sources: [sources.ecowasSummit0730],
};
