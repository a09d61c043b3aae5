import type { NigerActor } from '../../niger-rule.js';
import { sources } from '../../sources.js';
import { makeMemberRule, memberParameters } from './ecowas-member.js';

/** Sierra Leone's stance on the Niger crisis as of 2023-08-08. */
export const sierraLeoneParameters = memberParameters('sierra-leone', 'Sierra Leone', {
  forceWillingness: {
    default: 0.35,
    source: {
      ...sources.ecowasForce0804,
      assumedLevel: 'The report names likely contributors but gives no figures; the level is an assumption.',
      note: 'Uncommitted on the start date; its government was absorbed by a contested June 2023 election.',
    },
  },
  threatPerception: {
    default: 0.4,
    source: { assumption: 'Far from Niger; coup contagion is the main concern.' },
  },
  troopPledge: {
    default: 300,
    source: { assumption: 'A small army with peacekeeping experience; a partial battalion.' },
  },
});

/** Sierra Leone: a voting ECOWAS member. Uncommitted; just out of a contested June 2023 election. */
export const sierraLeoneActor: NigerActor = {
  id: 'sierra-leone',
  name: 'Sierra Leone',
  description: 'Uncommitted; just out of a contested June 2023 election.',
  rule: makeMemberRule('sierra-leone', 'Sierra Leone'),
  sources: [sources.ecowasSummit0730],
};
