import type { NigerActor } from '../../niger-rule.js';
import { sources } from '../../sources.js';
import { makeMemberRule, memberParameters } from './ecowas-member.js';

/** Cote d'Ivoire's stance on the Niger crisis as of 2023-08-08. */
export const coteDivoireParameters = memberParameters('cote-divoire', "Cote d'Ivoire", {
  forceWillingness: {
    default: 0.7,
    source: {
      ...sources.ecowasForce0804,
      assumedLevel: 'The report names likely contributors but gives no figures; the level is an assumption.',
      note: 'Named by analysts among likely contributors (Semafor, 2023-08-04); President Ouattara a leading voice for firmness at the 30 July summit.',
    },
  },
  threatPerception: {
    default: 0.6,
    source: { assumption: 'Jihadist attacks in its north (2020-2021) and a region of coups raise its stake above mid-scale.' },
  },
  troopPledge: {
    default: 650,
    source: {
      assumption:
        'One battalion of about 650, the size of a standard West African infantry battalion; no figure had been given by 2023-08-08. v1 used 850, the figure Ouattara gave on 2023-08-10, after the start date: removed.',
    },
  },
});

/** Cote d'Ivoire: a voting ECOWAS member. Among the members saying they would send troops; a leading hawk. */
export const coteDivoireActor: NigerActor = {
  id: 'cote-divoire',
  name: "Cote d'Ivoire",
  description: 'Among the members saying they would send troops; a leading hawk.',
  rule: makeMemberRule('cote-divoire', "Cote d'Ivoire"),
  sources: [sources.ecowasSummit0730],
};
