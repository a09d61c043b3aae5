import type { NigerActor } from '../../niger-rule.js';
import { sources } from '../../sources.js';
import { makeMemberRule, memberParameters } from './ecowas-member.js';

/** Cabo Verde's stance on the Niger crisis as of 2023-08-08. */
export const caboVerdeParameters = memberParameters('cabo-verde', 'Cabo Verde', {
  forceWillingness: {
    default: 0.15,
    source: {
      assumption:
        "A small island state with no expeditionary force and no record of contributing troops to ECOWAS interventions, not among the likely contributors named on 2023-08-04. v1's 0.05 rested on President Neves's statement against force, made on 2023-08-11, after the start date: removed.",
    },
  },
  threatPerception: {
    default: 0.2,
    source: { assumption: 'An island state far from the Sahel, with stable democratic institutions.' },
  },
  troopPledge: {
    default: 0,
    source: { assumption: 'Cabo Verde had no expeditionary capacity.' },
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
