import type { NigerActor } from '../../niger-rule.js';
import { sources } from '../../sources.js';
import { makeMemberRule, memberParameters } from './ecowas-member.js';

/** Guinea-Bissau's stance on the Niger crisis as of 2023-08-08. */
export const guineaBissauParameters = memberParameters('guinea-bissau', 'Guinea-Bissau', {
  forceWillingness: {
    default: 0.45,
    source: {
      ...sources.ecowasForce0804,
      assumedLevel: 'The report names likely contributors but gives no figures; the level is an assumption.',
      note: 'Uncommitted, but President Embalo, who chaired ECOWAS until July 2023, survived a coup attempt in February 2022 and speaks against coups.',
    },
  },
  threatPerception: {
    default: 0.6,
    source: { assumption: 'A recent coup attempt at home makes coup contagion a personal threat to its leadership.' },
  },
  troopPledge: {
    default: 200,
    source: { assumption: 'A small army; a company-size contribution.' },
  },
});

/** Guinea-Bissau: a voting ECOWAS member. Uncommitted; its president survived a coup attempt in 2022. */
export const guineaBissauActor: NigerActor = {
  id: 'guinea-bissau',
  name: 'Guinea-Bissau',
  description: 'Uncommitted; its president survived a coup attempt in 2022.',
  rule: makeMemberRule('guinea-bissau', 'Guinea-Bissau'),
  sources: [sources.ecowasSummit0730],
};
