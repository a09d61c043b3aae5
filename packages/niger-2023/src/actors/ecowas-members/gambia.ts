import type { NigerActor } from '../../niger-rule.js';
import { sources } from '../../sources.js';
import { makeMemberRule, memberParameters } from './ecowas-member.js';

/** The Gambia's stance on the Niger crisis as of 2023-08-08. */
export const gambiaParameters = memberParameters('gambia', 'The Gambia', {
  forceWillingness: {
    default: 0.35,
    source: {
      ...sources.ecowasForce0804,
      assumedLevel: 'The report names likely contributors but gives no figures; the level is an assumption.',
      note: 'Undecided on the start date; its own democracy was restored by ECOWAS force in 2017, which argues for some support.',
    },
  },
  threatPerception: {
    default: 0.5,
    source: { assumption: 'A foiled coup plot in December 2022 makes coup contagion a concern.' },
  },
  troopPledge: {
    default: 200,
    source: { assumption: 'A small army; a company-size contribution.' },
  },
});

/** The Gambia: a voting ECOWAS member. Undecided; its own democratic transition was enforced by ECOWAS in 2017. */
export const gambiaActor: NigerActor = {
  id: 'gambia',
  name: 'The Gambia',
  description: 'Undecided; its own democratic transition was enforced by ECOWAS in 2017.',
  rule: makeMemberRule('gambia', 'The Gambia'),
  sources: [sources.ecowasSummit0730],
};
