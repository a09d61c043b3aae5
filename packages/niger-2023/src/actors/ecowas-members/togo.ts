import type { NigerActor } from '../../niger-rule.js';
import { sources } from '../../sources.js';
import { makeMemberRule, memberParameters } from './ecowas-member.js';

/** Togo's stance on the Niger crisis as of 2023-08-08. */
export const togoParameters = memberParameters('togo', 'Togo', {
  forceWillingness: {
    default: 0.25,
    source: {
      ...sources.ecowasForce0804,
      assumedLevel: 'The report names likely contributors but gives no figures; the level is an assumption.',
      note: 'Uncommitted; Lome traditionally mediates with the Sahel juntas, which argues for a low value.',
    },
  },
  threatPerception: {
    default: 0.5,
    source: { assumption: 'Jihadist attacks in its north since 2021; no border with Niger.' },
  },
  troopPledge: {
    default: 500,
    source: { assumption: 'A small army; a partial battalion.' },
  },
});

/** Togo: a voting ECOWAS member. Uncommitted; a habitual mediator with the Sahel juntas. */
export const togoActor: NigerActor = {
  id: 'togo',
  name: 'Togo',
  description: 'Uncommitted; a habitual mediator with the Sahel juntas.',
  rule: makeMemberRule('togo', 'Togo'),
  sources: [sources.ecowasSummit0730],
};
