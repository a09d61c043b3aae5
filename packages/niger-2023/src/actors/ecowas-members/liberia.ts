import type { NigerActor } from '../../niger-rule.js';
import { sources } from '../../sources.js';
import { makeMemberRule, memberParameters } from './ecowas-member.js';

/** Liberia's stance on the Niger crisis as of 2023-08-08. */
export const liberiaParameters = memberParameters('liberia', 'Liberia', {
  forceWillingness: {
    default: 0.3,
    source: {
      ...sources.ecowasForce0804,
      assumedLevel: 'The report names likely contributors but gives no figures; the level is an assumption.',
      note: 'Undecided on the start date, with general elections due in October 2023.',
    },
  },
  threatPerception: {
    default: 0.3,
    source: { assumption: 'Far from Niger; no jihadist threat.' },
  },
  troopPledge: {
    default: 100,
    source: { assumption: 'A small army rebuilt after 2005; a token contribution.' },
  },
});

/** Liberia: a voting ECOWAS member. Undecided; elections due in October 2023. */
export const liberiaActor: NigerActor = {
  id: 'liberia',
  name: 'Liberia',
  description: 'Undecided; elections due in October 2023.',
  rule: makeMemberRule('liberia', 'Liberia'),
  sources: [sources.ecowasSummit0730],
};
